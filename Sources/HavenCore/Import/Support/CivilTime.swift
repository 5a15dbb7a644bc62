import Foundation

/// Builds dates from calendar fields with integer arithmetic (no `Calendar` or `DateFormatter`),
/// which keeps the importers fast and independent of the machine's locale and time zone.
enum CivilTime {
    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The number of days in a month.
    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The years a chat message can carry. A date outside them is a damaged or foreign field,
    /// and further on it would not fit the calendar arithmetic (`1e30` seconds is no day number).
    static let plausibleYears = 1900...2199

    /// A date from fields, or `nil` when a field is out of range, the year outside
    /// ``plausibleYears`` included.
    static func date(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Double = 0) -> Date? {
        guard plausibleYears.contains(year), (1...12).contains(month), day >= 1, day <= daysInMonth(year: year, month: month),
            (0...23).contains(hour), (0...59).contains(minute), second >= 0, second < 61
        else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Double(days * 86_400 + hour * 3_600 + minute * 60) + second
        return Date(timeIntervalSince1970: seconds)
    }
}
