import Foundation

/// Byte-level scanning helpers for ``WhatsAppHeaderParser``.
extension WhatsAppHeaderParser {
    func peek() -> UInt8? { index < end ? base[index] : nil }

    mutating func consume(_ byte: UInt8) -> Bool {
        guard index < end, base[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func consumeSequence(_ bytes: [UInt8]) -> Bool {
        guard index + bytes.count <= end else { return false }
        for (offset, byte) in bytes.enumerated() where base[index + offset] != byte { return false }
        index += bytes.count
        return true
    }

    /// Skips spaces, NBSP (U+00A0), narrow NBSP (U+202F) and thin spaces; returns how many were skipped.
    mutating func skipSpaces() -> Int {
        var count = 0
        while index < end {
            if base[index] == 0x20 || base[index] == 0x09 {
                index += 1
            } else if base[index] == 0xC2, index + 1 < end, base[index + 1] == 0xA0 {
                index += 2
            } else if base[index] == 0xE2, index + 2 < end, base[index + 1] == 0x80,
                base[index + 2] == 0xAF || base[index + 2] == 0x89
            {
                index += 3
            } else {
                break
            }
            count += 1
        }
        return count
    }

    /// Skips BOMs and direction marks; returns how many were skipped.
    mutating func skipInvisibles() -> Int {
        var count = 0
        while index + 2 < end {
            let (b0, b1, b2) = (base[index], base[index + 1], base[index + 2])
            let isMark =
                (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF)
                || (b0 == 0xE2 && b1 == 0x80 && (b2 == 0x8B || b2 == 0x8E || b2 == 0x8F || (0xAA...0xAE).contains(b2)))
                || (b0 == 0xE2 && b1 == 0x81 && (0xA6...0xA9).contains(b2))
            guard isMark else { break }
            if b0 == 0xE2, b1 == 0x80, b2 == 0x8E || b2 == 0x8F { sawDirectionMark = true }
            index += 3
            count += 1
        }
        return count
    }

    /// Reads ASCII, Arabic-Indic, extended Arabic-Indic or Devanagari digits (up to 4).
    mutating func readNumber() -> (value: Int, digits: Int)? {
        var value = 0
        var digits = 0
        while index < end, digits < 5 {
            if let (digit, width) = digit(at: index) {
                value = value * 10 + digit
                digits += 1
                index += width
                _ = skipInvisiblesInsideNumber()
            } else {
                break
            }
        }
        return digits == 0 || digits > 4 ? nil : (value, digits)
    }

    /// Direction marks can sit between Arabic digits; skip them only when a digit follows.
    private mutating func skipInvisiblesInsideNumber() -> Int {
        let saved = index
        let skipped = skipInvisibles()
        if skipped > 0, digit(at: index) == nil { index = saved }
        return skipped
    }

    func isDigit(at position: Int) -> Bool { digit(at: position) != nil }

    /// The digit at a position and its width in bytes.
    func digit(at position: Int) -> (Int, Int)? {
        guard position < end else { return nil }
        let byte = base[position]
        if byte >= 0x30 && byte <= 0x39 { return (Int(byte - 0x30), 1) }
        guard position + 1 < end else { return nil }
        let next = base[position + 1]
        if byte == 0xD9, (0xA0...0xA9).contains(next) { return (Int(next - 0xA0), 2) }
        if byte == 0xDB, (0xB0...0xB9).contains(next) { return (Int(next - 0xB0), 2) }
        if byte == 0xE0, next == 0xA5, position + 2 < end, (0xA6...0xAF).contains(base[position + 2]) {
            return (Int(base[position + 2] - 0xA6), 3)
        }
        return nil
    }

    static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
