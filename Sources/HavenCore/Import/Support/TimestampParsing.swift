import Foundation

/// Parses the machine-written timestamps of JSON and CSV exports without `DateFormatter`.
enum TimestampParsing {
    /// Parses ISO 8601 (`2024-01-15T10:30:00`, `…:39.762+00:00`, `…Z`, a space instead of `T`,
    /// `/` instead of `-`) or a Unix time in seconds or milliseconds.
    ///
    /// A timestamp with a zone offset becomes that instant; one without stays wall-clock time in UTC.
    /// `nil` for anything else, and for an instant outside ``plausibleSeconds``.
    static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let number = Double(trimmed), trimmed.allSatisfy({ $0.isNumber || $0 == "." }) {
            return unixTime(number)
        }
        return parseISO(Array(trimmed.utf8)).flatMap { plausibleSeconds.contains($0.timeIntervalSince1970) ? $0 : nil }
    }

    /// The instants a chat message can carry: from the first day of ``CivilTime/plausibleYears``
    /// to the day after its last (1900-01-01 to 2200-01-01).
    static let plausibleSeconds: ClosedRange<Double> =
        Double(CivilTime.daysFromCivil(year: CivilTime.plausibleYears.lowerBound, month: 1, day: 1) * 86_400)
        ... Double(CivilTime.daysFromCivil(year: CivilTime.plausibleYears.upperBound + 1, month: 1, day: 1) * 86_400)

    /// A Unix time in seconds, or in milliseconds when the number is too large for seconds;
    /// `nil` when it is not a number or falls outside ``plausibleSeconds``.
    static func unixTime(_ value: Double) -> Date? {
        seconds(value > 100_000_000_000 ? value / 1_000 : value)
    }

    /// A Unix time in seconds, `nil` when it falls outside ``plausibleSeconds`` (or is not a number).
    static func seconds(_ value: Double) -> Date? {
        plausibleSeconds.contains(value) ? Date(timeIntervalSince1970: value) : nil
    }

    private static func parseISO(_ bytes: [UInt8]) -> Date? {
        var index = 0
        func number(_ width: Int) -> Int? {
            guard index + width <= bytes.count else { return nil }
            var value = 0
            for offset in 0..<width {
                let byte = bytes[index + offset]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += width
            return value
        }
        func skip(_ allowed: Set<UInt8>) -> Bool {
            guard index < bytes.count, allowed.contains(bytes[index]) else { return false }
            index += 1
            return true
        }
        guard let year = number(4), skip([0x2D, 0x2F]), let month = number(2), skip([0x2D, 0x2F]), let day = number(2)
        else { return nil }
        var hour = 0, minute = 0
        var second = 0.0
        if skip([0x54, 0x20]) {
            guard let parsedHour = number(2), skip([0x3A]), let parsedMinute = number(2) else { return nil }
            (hour, minute) = (parsedHour, parsedMinute)
            if skip([0x3A]) {
                guard let whole = number(2) else { return nil }
                second = Double(whole)
                if skip([0x2E, 0x2C]) {
                    var scale = 0.1
                    while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                        second += Double(bytes[index] - 0x30) * scale
                        scale /= 10
                        index += 1
                    }
                }
            }
        }
        guard var date = CivilTime.date(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        else { return nil }
        if index == bytes.count { return date }
        if skip([0x5A]) { return index == bytes.count ? date : nil }
        guard index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D else { return nil }
        let sign = bytes[index] == 0x2D ? -1.0 : 1.0
        index += 1
        guard let offsetHours = number(2) else { return nil }
        _ = skip([0x3A])
        let offsetMinutes = number(2) ?? 0
        guard index == bytes.count else { return nil }
        date.addTimeInterval(-sign * Double(offsetHours * 3_600 + offsetMinutes * 60))
        return date
    }
}
