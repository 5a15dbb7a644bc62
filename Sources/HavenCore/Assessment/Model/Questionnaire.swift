import Foundation

/// A questionnaire described as data: items, response scale, subscales, keys, norms and wording.
///
/// Every questionnaire Haven scores is one JSON file under `Resources/Questionnaires/`;
/// ``QuestionnaireScorer`` scores any of them the same way.
public struct Questionnaire: Sendable, Equatable, Codable, Identifiable {
    /// What sort of tool this is, which decides how its results are worded.
    public enum Kind: String, Sendable, Codable {
        /// A published research instrument scored from numbers only.
        case established
        /// Haven's own questionnaire: a self-reflection tool, not a clinical instrument.
        case selfReflection = "self-reflection"
    }

    /// The version of the file format.
    public var schemaVersion: Int
    /// A stable identifier used on the command line and in history ("ecr-r").
    public var id: String
    /// The version of this questionnaire's content.
    public var version: String
    /// What sort of tool this is.
    public var kind: Kind
    /// The title, per locale.
    public var title: LocalizedText
    /// What this questionnaire is and is not, shown with every result.
    public var notice: LocalizedText
    /// The instructions shown before the items, if any.
    public var instructions: LocalizedText?
    /// Where the questionnaire comes from.
    public var citation: String
    /// The response scale shared by the items.
    public var scale: ResponseScale
    /// How many answers the questionnaire expects.
    public var itemCount: Int
    /// Item numbers scored as `min + max − answer`.
    public var reverseKeyed: [Int]
    /// Per-item scales that differ from `scale`, keyed by item number as a string.
    public var itemScales: [String: ResponseScale]
    /// The item wording, when shipped (empty for established instruments).
    public var items: [QuestionnaireItem]
    /// The subscales, each giving one score.
    public var subscales: [Subscale]
    /// Named thresholds on the scores.
    public var flags: [ScoreFlag]

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, id, version, kind, title, notice, instructions, citation, scale
        case itemCount, reverseKeyed, itemScales, items, subscales, flags
    }

    /// Decodes a questionnaire file; optional lists default to empty.
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a required field is missing or of the wrong type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        id = try c.decode(String.self, forKey: .id)
        version = try c.decode(String.self, forKey: .version)
        kind = try c.decode(Kind.self, forKey: .kind)
        title = try c.decode(LocalizedText.self, forKey: .title)
        notice = try c.decode(LocalizedText.self, forKey: .notice)
        instructions = try c.decodeIfPresent(LocalizedText.self, forKey: .instructions)
        citation = try c.decode(String.self, forKey: .citation)
        scale = try c.decode(ResponseScale.self, forKey: .scale)
        itemCount = try c.decode(Int.self, forKey: .itemCount)
        reverseKeyed = try c.decodeIfPresent([Int].self, forKey: .reverseKeyed) ?? []
        itemScales = try c.decodeIfPresent([String: ResponseScale].self, forKey: .itemScales) ?? [:]
        items = try c.decodeIfPresent([QuestionnaireItem].self, forKey: .items) ?? []
        subscales = try c.decode([Subscale].self, forKey: .subscales)
        flags = try c.decodeIfPresent([ScoreFlag].self, forKey: .flags) ?? []
    }

    /// The response scale of one item.
    /// - Parameter number: A 1-based item number.
    /// - Returns: The item's own scale when it has one, else the shared scale.
    public func scale(forItem number: Int) -> ResponseScale {
        itemScales[String(number)] ?? scale
    }

    /// Whether an item is reverse-keyed.
    /// - Parameter number: A 1-based item number.
    /// - Returns: `true` when the item is scored as `min + max − answer`.
    public func isReverseKeyed(_ number: Int) -> Bool {
        reverseKeyed.contains(number)
    }

    /// The wording of an item in a locale, when the questionnaire ships wording.
    /// - Parameters:
    ///   - number: A 1-based item number.
    ///   - locale: A locale identifier.
    /// - Returns: The sentence, or `nil` for instruments scored from numbers only.
    public func text(forItem number: Int, locale: String = "en") -> String? {
        items.first { $0.number == number }?.text.resolved(for: locale)
    }

    /// The subscale with an identifier.
    /// - Parameter id: A subscale identifier.
    /// - Returns: The subscale, or `nil` when there is none.
    public func subscale(_ id: String) -> Subscale? {
        subscales.first { $0.id == id }
    }

    /// Whether the questionnaire measures the two attachment dimensions (anxiety and avoidance).
    public var measuresAttachment: Bool {
        subscale("anxiety") != nil && subscale("avoidance") != nil
    }
}
