import Foundation

/// Turns a file's bytes into text: removes BOMs, reads UTF-16, and reads lines that are not
/// valid UTF-8 as Windows-1252 (old exports mix encodings) instead of failing.
enum TextDecoding {
    /// The result of decoding: the text and any warning about repaired lines.
    struct Decoded {
        var text: String
        var warnings: [ImportWarning]
    }

    /// Decodes a whole file.
    ///
    /// - Throws: ``ImportError/undecodableText(file:line:)`` when UTF-16 data is damaged.
    static func decode(_ data: Data, file: String) throws -> Decoded {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else {
                throw ImportError.undecodableText(file: file, line: 1)
            }
            return Decoded(text: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, warnings: [])
        }
        var body = data[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return Decoded(text: text, warnings: []) }
        return decodeLineByLine(body)
    }

    /// Decodes each line as UTF-8 when valid and as Windows-1252 otherwise.
    private static func decodeLineByLine(_ body: Data.SubSequence) -> Decoded {
        var result = ""
        result.reserveCapacity(body.count)
        var badLines = 0
        var firstBad = 0
        var lineNumber = 0
        for line in body.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if lineNumber > 1 { result.append("\n") }
            if let text = String(validating: line, as: UTF8.self) {
                result.append(text)
            } else {
                badLines += 1
                if firstBad == 0 { firstBad = lineNumber }
                result.append(windows1252(line))
            }
        }
        return Decoded(text: result, warnings: [.invalidUTF8Lines(count: badLines, firstLine: firstBad)])
    }

    /// The Windows-1252 characters for bytes 0x80–0x9F (the rest match Latin-1).
    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Decodes bytes as Windows-1252.
    static func windows1252<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? cp1252High[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// Whether the bytes look binary: NUL bytes or many control characters in the first 8 KiB.
    static func looksBinary(_ data: Data) -> Bool {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return false }
        let head = data.prefix(8 * 1024)
        var controls = 0
        for byte in head {
            if byte == 0 { return true }
            if byte < 0x09 || (byte > 0x0D && byte < 0x20) { controls += 1 }
        }
        return !head.isEmpty && controls * 20 > head.count
    }
}
