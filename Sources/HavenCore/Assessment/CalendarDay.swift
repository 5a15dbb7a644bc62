import Foundation

/// Dates as calendar days ("2026-11-27", UTC), the form Haven shows and accepts for results.
public enum CalendarDay {
    /// Formats a date as its UTC calendar day.
    /// - Parameter date: A moment in time.
    /// - Returns: "YYYY-MM-DD".
    public static func string(from date: Date) -> String {
        formatter().string(from: date)
    }

    /// Parses a calendar day.
    /// - Parameter text: "YYYY-MM-DD".
    /// - Returns: Midnight UTC of that day, or `nil` when the text is not such a date.
    public static func date(from text: String) -> Date? {
        formatter().date(from: text)
    }

    private static func formatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.isLenient = false
        return formatter
    }
}
