import Foundation

/// How many messages carried each signal, and the same as a rate per 100 messages.
public struct SignalCounts: Sendable, Codable, Hashable {
    /// The messages counted.
    public var messages: Int
    /// Messages the engine could not read because they were not in English.
    public var unreadMessages: Int
    /// For each signal label ("criticism", "we-talk", …), how many messages carried it.
    public var signals: [String: Int]
    /// For each signal label, messages carrying it per 100 messages (1 decimal).
    public var ratesPer100: [String: Double]

    /// Creates counts from per-label message counts, in ``SignalLabel`` order.
    ///
    /// - Parameters:
    ///   - messages: The messages counted.
    ///   - unreadMessages: Messages not in a language the engine reads.
    ///   - labelCounts: One count per ``SignalLabel/allCases`` entry.
    ///   - keepZeros: Whether labels no message carried are listed (with 0) or left out.
    public init(messages: Int, unreadMessages: Int, labelCounts: [Int], keepZeros: Bool = true) {
        self.messages = messages
        self.unreadMessages = unreadMessages
        var signals: [String: Int] = [:]
        var rates: [String: Double] = [:]
        for (index, label) in SignalLabel.allCases.enumerated() {
            let count = index < labelCounts.count ? labelCounts[index] : 0
            guard keepZeros || count > 0 else { continue }
            signals[label.rawValue] = count
            rates[label.rawValue] = SignalCounts.rate(count, of: messages)
        }
        self.signals = signals
        self.ratesPer100 = rates
    }

    /// The count for one label.
    ///
    /// - Parameter label: A signal.
    /// - Returns: How many messages carried it.
    public func count(_ label: SignalLabel) -> Int { signals[label.rawValue] ?? 0 }

    /// The rate for one label.
    ///
    /// - Parameter label: A signal.
    /// - Returns: Messages carrying it per 100 messages.
    public func rate(_ label: SignalLabel) -> Double { ratesPer100[label.rawValue] ?? 0 }

    /// A count per 100 of a total, rounded to one decimal; 0 when the total is 0.
    ///
    /// - Parameters:
    ///   - count: The count.
    ///   - total: The total.
    /// - Returns: `count / total * 100`, rounded to one decimal.
    public static func rate(_ count: Int, of total: Int) -> Double {
        total > 0 ? (Double(count) * 1000 / Double(total)).rounded() / 10 : 0
    }
}

/// One person in the conversation: their messages and signal counts.
public struct ParticipantSummary: Sendable, Codable, Hashable {
    /// The display name from the chat (or an alias when the report is redacted).
    public var name: String
    /// How many messages they wrote.
    public var messages: Int
    /// Messages the engine could not read because they were not in English.
    public var unreadMessages: Int
    /// For each signal label, how many of their messages carried it.
    public var signals: [String: Int]
    /// For each signal label, their messages carrying it per 100 of their messages.
    public var ratesPer100: [String: Double]

    /// Creates a participant from their counts.
    ///
    /// - Parameters:
    ///   - name: The display name.
    ///   - counts: Their signal counts.
    public init(name: String, counts: SignalCounts) {
        self.name = name
        messages = counts.messages
        unreadMessages = counts.unreadMessages
        signals = counts.signals
        ratesPer100 = counts.ratesPer100
    }
}
