import Foundation

/// Calendar weeks and months of wall-clock timestamps (stored as UTC), by integer arithmetic:
/// fast enough for a million messages and independent of the machine's time zone.
enum CalendarPeriod {
    /// Days since 1970-01-01 of a timestamp. The importers accept only years 1900 to 2200; an
    /// instant built by other code beyond ±10¹² days (or not a number) is held at that bound
    /// rather than trapping in the conversion to `Int`.
    static func day(of seconds: Double) -> Int {
        let days = (seconds / 86_400).rounded(.down)
        guard days.isFinite else { return days > 0 ? dayBound : days < 0 ? -dayBound : 0 }
        return Int(min(max(days, -Double(dayBound)), Double(dayBound)))
    }

    private static let dayBound = 1_000_000_000_000

    /// The day number of the Monday starting the week that holds `day`.
    static func weekStart(ofDay day: Int) -> Int {
        // 1970-01-01 was a Thursday: Monday-based weekday = (day + 3) mod 7.
        day - ((day % 7 + 7 + 3) % 7)
    }

    /// A month number (year × 12 + month − 1) for a day number.
    static func month(ofDay day: Int) -> Int {
        let (year, month, _) = civil(fromDay: day)
        return year * 12 + month - 1
    }

    /// The first day of a month number.
    static func firstDay(ofMonth month: Int) -> Int {
        daysFromCivil(year: month / 12, month: month % 12 + 1, day: 1)
    }

    /// "2021-03" for a month number.
    static func monthName(_ month: Int) -> String {
        let m = month % 12 + 1
        return "\(month / 12)-\(m < 10 ? "0" : "")\(m)"
    }

    /// "2021-03-01" for a day number.
    static func dayName(_ day: Int) -> String {
        let (y, m, d) = civil(fromDay: day)
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    /// The hour of day (0–23) of a timestamp.
    static func hour(of seconds: Double) -> Int {
        let second = Int(seconds.rounded(.down))
        return ((second % 86_400 + 86_400) % 86_400) / 3_600
    }

    /// Year, month and day of a day number (Howard Hinnant's algorithm).
    static func civil(fromDay day: Int) -> (year: Int, month: Int, day: Int) {
        let z = day + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Days from 1970-01-01 to a date.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
    }

    /// Seconds of a span that fall in night hours (23:00–07:00 wall-clock time).
    static func nightSeconds(from start: Double, to end: Double) -> Double {
        guard end > start, start.isFinite, end.isFinite else { return 0 }
        // Beyond the day numbers `day(of:)` can give, a third of any span is night.
        let reach = Double(dayBound) * 86_400
        guard abs(start) < reach, abs(end) < reach else { return (end - start) / 3 }
        var total = 0.0
        var start = start
        // Whole days in between each hold one full night: counted at once, so that a gap of
        // centuries (which library callers can pass) is not walked day by day.
        let wholeDays = ((end - start) / 86_400).rounded(.down) - 2
        if wholeDays > 0 {
            total += wholeDays * 8 * 3_600
            start += wholeDays * 86_400
        }
        var day = self.day(of: start) - 1
        while Double(day) * 86_400 < end {
            let nightStart = Double(day) * 86_400 + 23 * 3_600
            let nightEnd = nightStart + 8 * 3_600
            total += max(0, min(end, nightEnd) - max(start, nightStart))
            day += 1
        }
        return total
    }
}
