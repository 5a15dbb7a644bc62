import Foundation

/// One message that shows a signal clearly, with the words that triggered it.
public struct SignalExample: Sendable, Codable, Hashable {
    /// The signal label ("contempt", "repair", …).
    public var label: String
    /// Who wrote the message (or their alias).
    public var name: String
    /// When it was written.
    public var timestamp: Date
    /// The message (cut to ``SignalExample/textLimit`` characters).
    public var text: String
    /// The words that triggered the signal, as offsets into ``text`` (Unicode scalars).
    public var evidence: [Evidence]
    /// The engine's confidence, 0…1.
    public var score: Double
    /// What these words do to the other person.
    public var explanation: String
    /// What to do instead, for harmful signals.
    public var antidote: String?

    /// The longest message text kept in an example, in characters.
    public static let textLimit = 400

    /// Creates an example.
    ///
    /// - Parameters:
    ///   - label: The signal label.
    ///   - name: Who wrote it.
    ///   - timestamp: When.
    ///   - text: The message.
    ///   - evidence: The triggering words.
    ///   - score: The engine's confidence.
    ///   - explanation: What the words do.
    ///   - antidote: What to do instead.
    public init(
        label: String, name: String, timestamp: Date, text: String, evidence: [Evidence], score: Double,
        explanation: String, antidote: String?
    ) {
        self.label = label
        self.name = name
        self.timestamp = timestamp
        self.text = text
        self.evidence = evidence
        self.score = score
        self.explanation = explanation
        self.antidote = antidote
    }
}
