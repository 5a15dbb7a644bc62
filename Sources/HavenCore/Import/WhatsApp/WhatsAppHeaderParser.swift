import Foundation

/// Reads a WhatsApp header from raw UTF-8 bytes without regular expressions or `DateFormatter`.
///
/// It accepts every layout seen in exports: brackets or not, `/ . -` date separators with optional
/// spaces (`13. 6. 2018.`), day/month/year in any order, time first (Vietnamese), `:` or `.` in the
/// time, `klo` (Finnish), 12-hour markers (`PM`, `p.m.`, `p. m.` with NBSP or U+202F, Arabic `ص`/`م`),
/// Arabic-Indic digits, the Arabic comma, Buddhist (`2565 BE`) and Japanese-era (`R4`) years, and
/// direction marks or BOMs anywhere inside the header.
struct WhatsAppHeaderParser {
    let base: UnsafePointer<UInt8>
    let end: Int
    var index: Int
    var sawDirectionMark = false

    /// Parses the header at the start of the line `[start, end)`, or returns `nil` if there is none.
    static func parse(_ base: UnsafePointer<UInt8>, start: Int, end: Int) -> WhatsAppHeader? {
        var parser = WhatsAppHeaderParser(base: base, end: end, index: start)
        return parser.parseHeader()
    }

    private mutating func parseHeader() -> WhatsAppHeader? {
        _ = skipInvisibles()
        let startsWithMark = sawDirectionMark
        while peek() == 0x20 { index += 1; _ = skipInvisibles() }
        let bracketed = consume(0x5B)
        _ = skipInvisibles()
        guard let first = readNumber() else { return nil }
        var date: DateFields
        var clock: Clock
        var timeFirst = false
        if peek() == 0x3A {  // "14:56:01, 3/18/22": the time comes first
            timeFirst = true
            guard let time = readTime(hour: first.value) else { return nil }
            clock = time
            _ = consume(0x2C)
            guard skipSpaces() > 0, let leading = readNumber(), let fields = readDate(first: leading) else { return nil }
            date = fields
        } else {
            guard let fields = readDate(first: first) else { return nil }
            date = fields
            guard skipDateTimeSeparator(), let hour = readNumber(), hour.digits <= 2, let time = readTime(hour: hour.value)
            else { return nil }
            clock = time
        }
        _ = skipInvisibles()
        let terminator: WhatsAppHeader.Terminator
        if bracketed {
            guard consume(0x5D) else { return nil }
            terminator = .bracket
            _ = skipSpaces()
        } else {
            let spaces = skipSpaces()
            if consume(0x2D) || consumeSequence([0xE2, 0x80, 0x93]) {
                guard skipSpaces() > 0 else { return nil }
                terminator = .dash
            } else if spaces == 0, consume(0x3A) {
                guard skipSpaces() > 0 else { return nil }
                terminator = .colon
            } else {
                guard spaces > 0 else { return nil }
                terminator = .space
            }
        }
        let layout = WhatsAppHeader.Layout(
            bracketed: bracketed, timeFirst: timeFirst, dateSeparator: date.separator,
            hasSeconds: clock.hasSeconds, terminator: terminator)
        return WhatsAppHeader(
            fields: date.values, digitCounts: date.digits, knownYearPosition: date.yearPosition,
            hour: clock.hour, minute: clock.minute, second: clock.second,
            bodyStart: index, startsWithMark: startsWithMark, layout: layout)
    }

    // MARK: Date and time

    private struct DateFields {
        var values: (Int, Int, Int)
        var digits: (Int, Int, Int)
        var separator: UInt8
        var yearPosition: Int?
    }

    private struct Clock {
        var hour: Int, minute: Int, second: Int, hasSeconds: Bool
    }

    private mutating func readDate(first: (value: Int, digits: Int)) -> DateFields? {
        _ = skipInvisibles()
        guard let separator = peek(), separator == 0x2F || separator == 0x2E || separator == 0x2D else { return nil }
        index += 1
        _ = skipInvisibles()
        _ = skipSpaces()
        guard let second = readNumber() else { return nil }
        _ = skipInvisibles()
        guard consume(separator) else { return nil }
        _ = skipInvisibles()
        _ = skipSpaces()
        var yearPosition: Int? = first.digits == 4 ? 0 : (second.digits == 4 ? 1 : nil)
        var third: (value: Int, digits: Int)
        if let era = peek().flatMap(Self.japaneseEraOffset), index + 1 < end, Self.isASCIIDigit(base[index + 1]) {
            index += 1
            guard let year = readNumber() else { return nil }
            third = (year.value + era, 4)
            yearPosition = 2
        } else {
            guard let number = readNumber() else { return nil }
            third = number
            if number.digits == 4 { yearPosition = 2 }
        }
        if separator == 0x2E, peek() == 0x2E { index += 1 }  // "13. 6. 2018."
        if peek() == 0x20, index + 2 < end, base[index + 1] == 0x42, base[index + 2] == 0x45 {  // " BE"
            index += 3
            third.value -= 543
            third.digits = 4
            yearPosition = 2
        }
        return DateFields(
            values: (first.value, second.value, third.value), digits: (first.digits, second.digits, third.digits),
            separator: separator, yearPosition: yearPosition)
    }

    /// Reads `:mm[:ss]` (or with `.`) after the hour, then an optional 12-hour marker.
    private mutating func readTime(hour: Int) -> Clock? {
        guard let separator = peek(), separator == 0x3A || separator == 0x2E else { return nil }
        index += 1
        guard let minute = readNumber(), minute.digits == 2 else { return nil }
        var second = 0
        var hasSeconds = false
        if peek() == separator, index + 1 < end, isDigit(at: index + 1) {
            index += 1
            guard let value = readNumber(), value.digits == 2 else { return nil }
            second = value.value
            hasSeconds = true
        }
        var hour24 = hour
        if let isPM = readMeridiem(), (1...12).contains(hour) {
            hour24 = hour % 12 + (isPM ? 12 : 0)
        }  // "23:59 PM" or "00:04 AM" (seen in real exports) already are 24-hour times
        guard hour24 < 24, minute.value < 60, second < 60 else { return nil }
        return Clock(hour: hour24, minute: minute.value, second: second, hasSeconds: hasSeconds)
    }

    /// Reads ` AM`, ` p.m.`, ` p. m.` (any space kind) or Arabic ` ص`/` م`; restores the position if absent.
    private mutating func readMeridiem() -> Bool? {
        let saved = index
        _ = skipSpaces()
        guard let letter = peek() else { index = saved; return nil }
        if letter == 0xD8, index + 1 < end, base[index + 1] == 0xB5 { index += 2; return false }  // ص
        if letter == 0xD9, index + 1 < end, base[index + 1] == 0x85 { index += 2; return true }  // م
        let lower = letter | 0x20
        guard lower == 0x61 || lower == 0x70 else { index = saved; return nil }
        index += 1
        _ = consume(0x2E)
        _ = skipSpaces()
        guard let m = peek(), m | 0x20 == 0x6D else { index = saved; return nil }
        index += 1
        _ = consume(0x2E)
        if let next = peek(), Self.isASCIILetter(next) { index = saved; return nil }
        return lower == 0x70
    }

    private mutating func skipDateTimeSeparator() -> Bool {
        let start = index
        _ = skipInvisibles()
        if !consume(0x2C) { _ = consumeSequence([0xD8, 0x8C]) }  // "," or the Arabic comma
        _ = skipSpaces()
        if consumeSequence([0x6B, 0x6C, 0x6F]) { guard skipSpaces() > 0 else { return false } }  // "klo"
        _ = skipInvisibles()
        return index > start
    }

    private static func japaneseEraOffset(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x52: return 2018  // Reiwa 1 = 2019
        case 0x48: return 1988  // Heisei 1 = 1989
        case 0x53: return 1925  // Showa 1 = 1926
        default: return nil
        }
    }
}
