import Foundation

/// The part of `haven analyze --json` the plan needs, decoded leniently: unknown fields are
/// ignored and missing ones default to empty, so newer analysis files still work.
public struct ChatAnalysisSummary: Sendable, Equatable, Decodable {
    /// One person in the conversation.
    public struct Participant: Sendable, Equatable, Decodable {
        /// The display name from the chat.
        public var name: String
        /// How many messages they sent.
        public var messages: Int
        /// How many messages carried each signal label ("contempt", "we-talk", …).
        public var signals: [String: Int]

        /// Creates a participant.
        /// - Parameters:
        ///   - name: The display name.
        ///   - messages: How many messages they sent.
        ///   - signals: Message counts per signal label.
        public init(name: String, messages: Int, signals: [String: Int]) {
            self.name = name
            self.messages = messages
            self.signals = signals
        }

        private enum CodingKeys: String, CodingKey { case name, messages, signals }

        /// Decodes leniently: a missing name, count or signal map becomes empty.
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: Never for missing fields; only when the value is not an object.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = (try? c.decode(String.self, forKey: .name)) ?? "?"
            messages = (try? c.decode(Int.self, forKey: .messages)) ?? 0
            signals = Self.counts(in: c)
        }

        private static func counts(in c: KeyedDecodingContainer<CodingKeys>) -> [String: Int] {
            if let plain = try? c.decode([String: Int].self, forKey: .signals) { return plain }
            // Accept fractional counts too (for example averaged analyses), rounded.
            if let numbers = try? c.decode([String: Double].self, forKey: .signals) {
                return numbers.mapValues { Int($0.rounded()) }
            }
            return [:]
        }

        /// The share of this person's messages that carried a signal.
        /// - Parameter label: A signal label.
        /// - Returns: count / messages, or 0 when there are no messages.
        public func rate(_ label: String) -> Double {
            messages > 0 ? Double(signals[label] ?? 0) / Double(messages) : 0
        }
    }

    /// The people in the conversation.
    public var participants: [Participant]

    /// Creates a summary.
    /// - Parameter participants: The people in the conversation.
    public init(participants: [Participant]) {
        self.participants = participants
    }

    private enum CodingKeys: String, CodingKey { case participants }

    /// Decodes leniently: other fields are ignored and a participant's missing fields get
    /// defaults, but the participants list itself must be there.
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when the top level is not a JSON object or has no participants list.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        // The list must be there: a JSON file without it (a chat export, `{}`) is some other file,
        // and reading it as an analysis that found nothing would hide the mistake.
        participants = try c.decode([Participant].self, forKey: .participants)
    }

    /// Reads an analysis file.
    /// - Parameter url: The JSON written by `haven analyze --json`.
    /// - Returns: The summary.
    /// - Throws: ``PlanError`` when the file cannot be read or is not a JSON object.
    public static func read(_ url: URL) throws(PlanError) -> ChatAnalysisSummary {
        guard let data = try? Data(contentsOf: url) else { throw .unreadableAnalysis(file: url.path, reason: "cannot read the file") }
        do {
            return try JSONDecoder().decode(ChatAnalysisSummary.self, from: data)
        } catch {
            throw .unreadableAnalysis(file: url.path, reason: "expected the JSON object written by `haven analyze --json`")
        }
    }
}
