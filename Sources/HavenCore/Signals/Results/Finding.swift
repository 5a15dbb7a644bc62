/// One signal found in a message, with the evidence behind it.
public struct Finding: Sendable, Codable, Hashable {
    /// What was found.
    public var label: SignalLabel
    /// The model's confidence, 0…1.
    public var score: Double
    /// The words that triggered it, in message order.
    public var evidence: [Evidence]
    /// One sentence a person understands: what these words do to the other person.
    public var explanation: String
    /// For harmful signals, what to do instead.
    public var antidote: String?
    /// The ids of the rules that matched, for researchers who want to audit a finding.
    public var rules: [String]

    /// Creates a finding.
    public init(label: SignalLabel, score: Double, evidence: [Evidence], explanation: String, antidote: String?, rules: [String]) {
        self.label = label
        self.score = score
        self.evidence = evidence
        self.explanation = explanation
        self.antidote = antidote
        self.rules = rules
    }
}
