import Foundation

/// Helpers for the invisible characters chat exports sprinkle into their text.
enum TextCleaning {
    /// Whether a scalar is a byte-order mark or a bidirectional control that carries no text.
    static func isInvisibleMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFEFF, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Removes BOMs and direction marks anywhere in a string (for names and headers, not message bodies).
    static func removingInvisibleMarks(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvisibleMark) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !isInvisibleMark($0) })
        return String(scalars)
    }

    /// Trims whitespace, newlines and invisible marks from both ends.
    static func trimmed(_ text: String) -> String {
        String(Substring(text).trimmingInvisibles())
    }

    /// Collapses "\r\n" and lone "\r" line breaks to "\n".
    static func normalisingLineBreaks(_ text: String) -> String {
        guard text.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
