/// What the engine found in one message.
public struct SignalResult: Sendable, Hashable {
    /// Labels whose score passed their threshold and that have evidence, in `SignalLabel` order.
    public var labels: [SignalLabel]
    /// The model's score for every label, 0…1 (empty when the language is not supported).
    public var scores: [SignalLabel: Double] {
        get {
            var all = [SignalLabel: Double](minimumCapacity: scoreValues.count)
            for (label, value) in zip(SignalLabel.ordered, scoreValues) { all[label] = value }
            return all
        }
        set { scoreValues = newValue.isEmpty ? [] : SignalLabel.allCases.map { newValue[$0] ?? 0 } }
    }
    /// The scores in `SignalLabel.allCases` order (kept as an array: building a dictionary for
    /// every message would cost more than scoring it).
    private var scoreValues: [Double]
    /// One finding per label in `labels`.
    public var findings: [Finding]
    /// The language the engine judged the message to be in: "en", another code, or "und" for undetermined.
    public var language: String
    /// False when the message is not in a language the engine reads; then nothing is labelled.
    public var isSupported: Bool

    /// Creates a result.
    public init(labels: [SignalLabel], scores: [SignalLabel: Double], findings: [Finding], language: String, isSupported: Bool) {
        self.labels = labels
        self.scoreValues = scores.isEmpty ? [] : SignalLabel.allCases.map { scores[$0] ?? 0 }
        self.findings = findings
        self.language = language
        self.isSupported = isSupported
    }

    /// Creates a result from scores in `SignalLabel.allCases` order.
    init(labels: [SignalLabel], scoreValues: [Double], findings: [Finding], language: String, isSupported: Bool) {
        self.labels = labels
        self.scoreValues = scoreValues
        self.findings = findings
        self.language = language
        self.isSupported = isSupported
    }

    /// The score of one label, or nil when the language is not supported.
    ///
    /// - Parameter label: the label.
    /// - Returns: its score, 0…1.
    public func score(for label: SignalLabel) -> Double? {
        scoreValues.isEmpty ? nil : scoreValues[SignalLabel.ordered.firstIndex(of: label)!]
    }

    /// True when any of the four horsemen was found.
    public var hasHorseman: Bool { labels.contains { $0.isHorseman } }
}
