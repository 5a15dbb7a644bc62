/// Finds quotations marked with single quotes ('Why You Always Ruin Everything', ‘like this’),
/// which share their marks with apostrophes ("it's", "the kids' room", "rock 'n' roll").
///
/// A mark opens a quotation when it starts a word (nothing but space or an opening bracket
/// before it, a letter or digit after it) and a mark that ends a word closes it later on the
/// same line, within a short reach. A mark with no such partner ("'cause you …") stays an
/// apostrophe, so an unclosed mark never hides the rest of a message from the rules.
enum SingleQuotes {
    /// How far ahead, in bytes, a closing mark is looked for: a title or a line quoted back, not
    /// a paragraph. The bound keeps a message full of marks linear to tokenize.
    static let reach = 240

    /// Where the quotation that the mark at `start` opens closes, or `nil` when the mark opens none.
    static func closing(_ bytes: UnsafeBufferPointer<UInt8>, openedAt start: Int, length: Int, value: UInt32) -> Int? {
        guard value != 0x02BC, startsWord(bytes, at: start, length: length) || value == 0x2018 else { return nil }
        return close(bytes, after: start + length)
    }

    /// The position of the mark that closes a quotation opened just before `position`, if any.
    private static func close(_ bytes: UnsafeBufferPointer<UInt8>, after position: Int) -> Int? {
        var i = position
        let end = min(bytes.count, position + reach)
        while i < end {
            let b = bytes[i]
            if b == 0x0A { return nil }
            let length = markLength(bytes, at: i)
            if length > 0, i > position, endsWord(bytes, at: i, length: length) { return i }
            i += max(length, 1)
        }
        return nil
    }

    /// The byte length of a single-quote mark at `i` (', `, ‘ or ’), or 0.
    private static func markLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = bytes[i]
        if b == UInt8(ascii: "'") || b == UInt8(ascii: "`") { return 1 }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99 { return 3 }
        return 0
    }

    /// Space or an opening bracket (or the start) before the mark, a letter or digit after it.
    private static func startsWord(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, length: Int) -> Bool {
        if start > 0 {
            let before = bytes[start - 1]
            guard before == 0x20 || before == 0x09 || before == 0x0A || before == UInt8(ascii: "(") || before == UInt8(ascii: "[") else { return false }
        }
        return start + length < bytes.count && isWordByte(bytes[start + length])
    }

    /// A letter, digit or sentence end before the mark, and no letter or digit after it.
    private static func endsWord(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Bool {
        let before = bytes[i - 1]
        guard isWordByte(before) || before == UInt8(ascii: ".") || before == UInt8(ascii: "!") || before == UInt8(ascii: "?") else { return false }
        return i + length >= bytes.count || !isWordByte(bytes[i + length])
    }

    /// An ASCII letter or digit, or any byte of a non-ASCII character (letters of other scripts).
    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }
}
