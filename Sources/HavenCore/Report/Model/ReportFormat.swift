import Foundation

/// How reports write numbers, durations, ratios and signal names for people.
public enum ReportFormat {
    /// A count with thousands separators: "1,000,000".
    ///
    /// - Parameter value: The count.
    /// - Returns: The formatted count.
    public static func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return value < 0 ? "-" + result : result
    }

    /// A duration in the largest fitting unit: "45 s", "12 min", "3.5 h", "2.1 days".
    ///
    /// - Parameter seconds: The duration.
    /// - Returns: The formatted duration.
    public static func duration(_ seconds: Double) -> String {
        switch seconds {
        case ..<60: return "\(Int(seconds.rounded())) s"
        case ..<3_600: return "\(Int((seconds / 60).rounded())) min"
        case ..<86_400: return oneDecimal(seconds / 3_600) + " h"
        default: return oneDecimal(seconds / 86_400) + " days"
        }
    }

    /// A positive-to-negative ratio as "2.4 : 1", or "no negative signals".
    ///
    /// - Parameter ratio: Positive per negative, or `nil` when there were no negatives.
    /// - Returns: The formatted ratio.
    public static func ratio(_ ratio: Double?) -> String {
        guard let ratio else { return "no negative signals" }
        return oneDecimal(ratio) + " : 1"
    }

    /// A rate per 100 with one decimal: "1.3".
    ///
    /// - Parameter rate: The rate.
    /// - Returns: The formatted rate.
    public static func rate(_ rate: Double) -> String { oneDecimal(rate) }

    /// A monthly slope shown per year with enough decimals to be seen: "+0.05", "−0.004".
    ///
    /// - Parameter perMonth: The change per month.
    /// - Returns: The change per year, signed.
    public static func yearlySlope(_ perMonth: Double) -> String {
        let perYear = perMonth * 12
        let magnitude = abs(perYear)
        let digits = magnitude >= 0.1 || magnitude == 0 ? 2 : (magnitude >= 0.01 ? 3 : 4)
        let text = String(format: "%.\(digits)f", magnitude)
        return (perYear < 0 && Double(text) != 0 ? "−" : "+") + text
    }

    /// A share as a whole percentage: "42 %".
    ///
    /// - Parameters:
    ///   - part: The part.
    ///   - whole: The whole.
    /// - Returns: The percentage, or "–" when the whole is 0.
    public static func percent(_ part: Int, of whole: Int) -> String {
        whole > 0 ? "\(Int((Double(part) * 100 / Double(whole)).rounded())) %" : "–"
    }

    /// A signal's name for people: "gentle start-up", "we-talk".
    ///
    /// - Parameter label: The label's raw value.
    /// - Returns: The name.
    public static func signalName(_ label: String) -> String {
        switch label {
        case "gentle-startup": return "gentle start-up"
        case "past-dwelling": return "dwelling on the past"
        case "reassurance": return "reassurance seeking"
        case "self-silencing": return "self-silencing"
        default: return label
        }
    }

    /// The calendar day of a date: "2021-03-04".
    ///
    /// - Parameter date: The date (wall-clock time stored as UTC).
    /// - Returns: The day.
    public static func day(_ date: Date) -> String { CalendarPeriod.dayName(CalendarPeriod.day(of: date.timeIntervalSince1970)) }

    /// Day and time: "2021-03-04 18:05".
    ///
    /// - Parameter date: The date (wall-clock time stored as UTC).
    /// - Returns: The day and time.
    public static func dayAndTime(_ date: Date) -> String {
        // The time of day from the whole days' remainder, never converting an instant beyond
        // Int's range (which would trap) to an integer.
        let time = date.timeIntervalSince1970
        let days = Double(CalendarPeriod.day(of: time))
        let remainder = time - days * 86_400
        let inDay = remainder.isFinite && remainder >= 0 && remainder < 86_400 ? Int(remainder) : 0
        let hour = inDay / 3_600, minute = inDay % 3_600 / 60
        return day(date) + " " + (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    private static func oneDecimal(_ value: Double) -> String { String(format: "%.1f", value) }
}
