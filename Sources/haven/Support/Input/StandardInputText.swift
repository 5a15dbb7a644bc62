import Foundation

/// The text a person pipes into `haven check` or `haven screen`: UTF-8 (with or without a
/// byte-order mark) or UTF-16, as Windows tools and `iconv` write it. Reading UTF-16 as UTF-8
/// would turn "I want to kill myself" into letters between NUL bytes, which no screen can read.
enum StandardInputText {
    /// Reads all of standard input and decodes it.
    ///
    /// - Throws: `CLIError.cannotRead` when standard input cannot be read (a folder, a closed
    ///   descriptor).
    static func read() throws -> String {
        let data: Data
        do {
            data = try FileHandle.standardInput.readToEnd() ?? Data()
        } catch {
            throw CLIError.cannotRead("standard input")
        }
        return decode(data)
    }

    /// Decodes bytes as UTF-16 when they carry its byte-order mark or look like it (every other
    /// byte NUL), else as UTF-8; whatever does not decode becomes U+FFFD, so one damaged
    /// character never sends the whole text down the wrong path.
    static func decode(_ data: Data) -> String {
        if data.starts(with: [0xFF, 0xFE]) { return utf16(data.dropFirst(2), bigEndian: false) }
        if data.starts(with: [0xFE, 0xFF]) { return utf16(data.dropFirst(2), bigEndian: true) }
        if let bigEndian = unmarkedUTF16(data) { return utf16(data[...], bigEndian: bigEndian) }
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        return String(decoding: body, as: UTF8.self)
    }

    /// UTF-16 code units from byte pairs (an odd last byte is dropped), decoded with U+FFFD for
    /// lone surrogates.
    private static func utf16(_ bytes: Data.SubSequence, bigEndian: Bool) -> String {
        let bytes = [UInt8](bytes)
        let units = stride(from: 0, to: bytes.count - 1, by: 2).map { (i: Int) -> UInt16 in
            let high: UInt16 = bigEndian ? UInt16(bytes[i]) : UInt16(bytes[i + 1])
            let low: UInt16 = bigEndian ? UInt16(bytes[i + 1]) : UInt16(bytes[i])
            return high << 8 | low
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Little- or big-endian UTF-16 without a mark: an even number of bytes, at least two
    /// characters, and NUL in every odd (or every even) position, as ASCII text in UTF-16 has.
    /// - Returns: `true` for big-endian, `false` for little-endian, `nil` when it does not look like UTF-16.
    private static func unmarkedUTF16(_ data: Data) -> Bool? {
        guard data.count >= 4, data.count % 2 == 0 else { return nil }
        let bytes = [UInt8](data)
        var zeroAtEven = 0, zeroAtOdd = 0
        for (i, byte) in bytes.enumerated() where byte == 0 {
            if i % 2 == 0 { zeroAtEven += 1 } else { zeroAtOdd += 1 }
        }
        let half = bytes.count / 2
        if zeroAtOdd == half && zeroAtEven == 0 { return false }
        if zeroAtEven == half && zeroAtOdd == 0 { return true }
        return nil
    }
}
