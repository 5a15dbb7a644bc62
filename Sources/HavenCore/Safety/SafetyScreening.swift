/// One stretch of text that made the screener fire.
public struct SafetyEvidence: Codable, Sendable, Hashable {
    /// The concern this stretch of text points to.
    public let concern: SafetyConcern
    /// Offset of the first Unicode scalar of the match in the screened text.
    public let start: Int
    /// Offset one past the last Unicode scalar of the match in the screened text.
    public let end: Int
    /// The matched words, exactly as they appear in the screened text.
    public let text: String

    /// Creates a piece of evidence.
    ///
    /// - Parameters:
    ///   - concern: The concern the match points to.
    ///   - start: Offset of the first Unicode scalar of the match.
    ///   - end: Offset one past the last Unicode scalar of the match.
    ///   - text: The matched words as written.
    public init(concern: SafetyConcern, start: Int, end: Int, text: String) {
        self.concern = concern
        self.start = start
        self.end = end
        self.text = text
    }

    /// The match as a range of Unicode-scalar offsets into the screened text.
    public var scalarRange: Range<Int> { start..<end }
}

/// The result of screening one text: which concerns fired, and the words that made them fire.
public struct SafetyScreening: Codable, Sendable, Hashable {
    /// The concerns that fired, sorted, without duplicates; empty when nothing fired.
    public let concerns: [SafetyConcern]
    /// Every match that made a concern fire, in text order.
    public let evidence: [SafetyEvidence]

    /// Creates a screening result from its evidence; the concerns are derived from it.
    ///
    /// - Parameter evidence: The matches found, in any order.
    public init(evidence: [SafetyEvidence]) {
        let sorted = evidence.sorted { ($0.start, $0.concern) < ($1.start, $1.concern) }
        self.evidence = sorted
        self.concerns = Array(Set(sorted.map(\.concern))).sorted()
    }

    /// A result in which nothing fired.
    public static let clear = SafetyScreening(evidence: [])

    /// `true` when at least one concern fired.
    public var fired: Bool { !concerns.isEmpty }

    /// Whether the given concern fired.
    ///
    /// - Parameter concern: The concern to ask about.
    /// - Returns: `true` when the concern is among ``concerns``.
    public func contains(_ concern: SafetyConcern) -> Bool {
        concerns.contains(concern)
    }
}
