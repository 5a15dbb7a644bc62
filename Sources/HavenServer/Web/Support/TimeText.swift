import Foundation

/// Times as pages show them: in the reader's chosen time zone, or UTC (labelled) when they chose
/// none, since pages run no script to learn it.
enum TimeText {
    static func clock(_ date: Date, in zone: TimeZone? = nil) -> String {
        let parts = calendar(zone).dateComponents([.hour, .minute], from: date)
        let text = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        return zone == nil ? text + " UTC" : text
    }

    static func day(_ date: Date?, in zone: TimeZone? = nil) -> String {
        guard let date else { return "" }
        let p = calendar(zone).dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", p.year ?? 0, p.month ?? 0, p.day ?? 0)
    }

    static func until(_ date: Date, from now: Date = Date()) -> String {
        let minutes = Int((date.timeIntervalSince(now) / 60).rounded(.up))
        if minutes <= 1 { return "in a minute" }
        if minutes < 90 { return "in \(minutes) minutes" }
        return "in about \(Int((Double(minutes) / 60).rounded())) hours"
    }

    static func iso(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }

    private static func calendar(_ zone: TimeZone?) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone ?? TimeZone(identifier: "UTC")!
        return calendar
    }
}

extension User {
    /// The time zone the person chose on their account page, if any.
    var zone: TimeZone? { timeZone.flatMap(TimeZone.init(identifier:)) }
}
