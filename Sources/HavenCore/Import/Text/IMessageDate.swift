import Foundation

/// Parses imessage-exporter's timestamps, `Jul 17, 2022 5:04:04 PM` (two spaces before a
/// one-digit hour in the TXT output), by hand.
enum IMessageDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The date at the start of `text` and the rest of the text after it, or `nil`.
    static func parse(_ text: Substring) -> (date: Date, rest: Substring)? {
        var scanner = Scanner(text)
        guard let monthName = scanner.letters(), let monthIndex = months.firstIndex(of: String(monthName.prefix(3)).lowercased()),
            scanner.spaces(), let day = scanner.number(), scanner.skip(","), scanner.spaces(), let year = scanner.number(),
            scanner.spaces(), let hour = scanner.number(), scanner.skip(":"), let minute = scanner.number(),
            scanner.skip(":"), let second = scanner.number(), scanner.spaces(), let meridiem = scanner.letters(),
            meridiem == "AM" || meridiem == "PM", (1...12).contains(hour)
        else { return nil }
        let hour24 = hour % 12 + (meridiem == "PM" ? 12 : 0)
        guard let date = CivilTime.date(year: year, month: monthIndex + 1, day: day, hour: hour24, minute: minute, second: Double(second))
        else { return nil }
        return (date, scanner.rest)
    }

    private struct Scanner {
        var rest: Substring
        init(_ text: Substring) { rest = text }

        mutating func letters() -> Substring? {
            let word = rest.prefix { $0.isLetter }
            guard !word.isEmpty else { return nil }
            rest = rest.dropFirst(word.count)
            return word
        }

        mutating func number() -> Int? {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 4 else { return nil }
            rest = rest.dropFirst(digits.count)
            return Int(digits)
        }

        mutating func spaces() -> Bool {
            let blank = rest.prefix { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }
            rest = rest.dropFirst(blank.count)
            return !blank.isEmpty
        }

        mutating func skip(_ character: Character) -> Bool {
            guard rest.first == character else { return false }
            rest = rest.dropFirst()
            return true
        }
    }
}
