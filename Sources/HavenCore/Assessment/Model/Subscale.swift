import Foundation

/// How a subscale turns item values into one score.
public enum ScoringRule: String, Sendable, Codable {
    /// The mean of the item values (prorated: the mean of the answered items).
    case mean
    /// The sum of the item values (prorated: the mean of the answered items × the item count).
    case sum
}

/// How many answers a subscale may miss and how the score is then computed.
public struct MissingAnswerRule: Sendable, Equatable, Codable {
    /// How a score is computed from fewer answers than items.
    public enum Method: String, Sendable, Codable {
        /// Score from the answered items, scaled to the full item count.
        case prorate
    }

    /// The largest number of unanswered items that still gives a score.
    public var maxMissing: Int
    /// How the score is computed when some items are unanswered.
    public var method: Method

    /// Creates a missing-answer rule.
    /// - Parameters:
    ///   - maxMissing: The largest number of unanswered items that still gives a score.
    ///   - method: How the score is computed when some items are unanswered.
    public init(maxMissing: Int, method: Method = .prorate) {
        self.maxMissing = maxMissing
        self.method = method
    }
}

/// A group of items scored together into one number, such as "anxiety" or "total".
public struct Subscale: Sendable, Equatable, Codable, Identifiable {
    /// A stable identifier used as the key in scores ("anxiety").
    public var id: String
    /// The name shown to people, per locale.
    public var name: LocalizedText
    /// The 1-based numbers of the items that belong to this subscale.
    public var items: [Int]
    /// How item values combine into the score.
    public var scoring: ScoringRule
    /// Whether a higher score is the better direction (used to word change).
    public var higherIsBetter: Bool
    /// Whether too many missing answers is an error (`true`) or just leaves this score out.
    public var required: Bool
    /// How many answers may be missing.
    public var missing: MissingAnswerRule
    /// Reference values for the uncertainty band and the change index, if known.
    public var norms: Norms?

    /// Creates a subscale.
    /// - Parameters:
    ///   - id: A stable identifier.
    ///   - name: The name shown to people.
    ///   - items: The 1-based item numbers.
    ///   - scoring: How item values combine.
    ///   - higherIsBetter: Whether a higher score is better.
    ///   - required: Whether too many missing answers is an error.
    ///   - missing: How many answers may be missing.
    ///   - norms: Reference values, if known.
    public init(
        id: String, name: LocalizedText, items: [Int], scoring: ScoringRule, higherIsBetter: Bool,
        required: Bool = true, missing: MissingAnswerRule, norms: Norms? = nil
    ) {
        self.id = id
        self.name = name
        self.items = items
        self.scoring = scoring
        self.higherIsBetter = higherIsBetter
        self.required = required
        self.missing = missing
        self.norms = norms
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, items, scoring, higherIsBetter, required, missing, norms
    }

    /// Decodes a subscale; `required` defaults to `true`.
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a field is missing or of the wrong type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(LocalizedText.self, forKey: .name)
        items = try c.decode([Int].self, forKey: .items)
        scoring = try c.decode(ScoringRule.self, forKey: .scoring)
        higherIsBetter = try c.decode(Bool.self, forKey: .higherIsBetter)
        required = try c.decodeIfPresent(Bool.self, forKey: .required) ?? true
        missing = try c.decode(MissingAnswerRule.self, forKey: .missing)
        norms = try c.decodeIfPresent(Norms.self, forKey: .norms)
    }
}
