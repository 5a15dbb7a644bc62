/// What the engine found in one message.
public struct SignalResult: Sendable, Hashable {
    /// Labels whose score passed their threshold and that have evidence, in `SignalLabel` order.
    public var labels: [SignalLabel]
    /// The model's score for every label, 0…1 (all zero when the language is not supported).
    public var scores: [SignalLabel: Double]
    /// One finding per label in `labels`.
    public var findings: [Finding]
    /// The language the engine judged the message to be in: "en", another code, or "und" for undetermined.
    public var language: String
    /// False when the message is not in a language the engine reads; then nothing is labelled.
    public var isSupported: Bool

    /// Creates a result.
    public init(labels: [SignalLabel], scores: [SignalLabel: Double], findings: [Finding], language: String, isSupported: Bool) {
        self.labels = labels
        self.scores = scores
        self.findings = findings
        self.language = language
        self.isSupported = isSupported
    }

    /// True when any of the four horsemen was found.
    public var hasHorseman: Bool { labels.contains { $0.isHorseman } }
}
