import Foundation

/// Repairs the "mojibake" in Facebook and Instagram downloads, which write each UTF-8 byte as its
/// own `\u00XX` escape so that "é" arrives as "Ã©" and "’" as "â€™".
enum Mojibake {
    /// Returns the repaired text, or `nil` when the text shows no sign of mojibake.
    ///
    /// The repair applies only when every character is below U+0100 and the characters, read as
    /// bytes, form valid UTF-8 that contains at least one multi-byte sequence.
    static func repair(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var sawHighByte = false
        for scalar in text.unicodeScalars {
            guard scalar.value < 0x100 else { return nil }
            if scalar.value >= 0x80 { sawHighByte = true }
            bytes.append(UInt8(scalar.value))
        }
        guard sawHighByte, let repaired = String(validating: bytes, as: UTF8.self), repaired != text else { return nil }
        return repaired
    }
}
