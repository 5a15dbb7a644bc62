import Foundation

/// Everything `haven analyze` found in one conversation: counts and rates per person, examples,
/// conflict episodes, reply times, trends, and what the numbers can and cannot tell.
///
/// A stable, versioned document: fields are only ever added; a change in meaning bumps
/// ``schemaVersion``. Dates are encoded as ISO 8601 by ``jsonData()``.
public struct AnalysisReport: Sendable, Codable, Hashable {
    /// The version of this document's layout.
    public static let currentSchemaVersion = 1

    /// The version of this document's layout (``currentSchemaVersion`` when written).
    public var schemaVersion: Int
    /// The Haven version that wrote the report.
    public var generator: String
    /// The detected (or forced) export format's name, such as "whatsapp".
    public var format: String
    /// How many messages people wrote (events excluded).
    public var messages: Int
    /// How many system events (joins, deleted messages, omitted media, calls) the export held.
    public var events: Int
    /// How many lines of the file fit no rule of its format.
    public var unparsedLines: Int
    /// The first and last message's time (local wall-clock time stored as UTC), if any.
    public var firstMessage: Date?
    /// The time of the last message, if any.
    public var lastMessage: Date?
    /// Why the report is empty, when the conversation held no message a person wrote.
    public var emptyReason: String?
    /// Whether names, phone numbers, e-mail addresses and links were replaced.
    public var redacted: Bool
    /// Warnings from reading the export (an assumed date order, repaired text).
    public var warnings: [String]
    /// Everyone who wrote a message, with their counts and rates.
    public var participants: [ParticipantSummary]
    /// Everyone together.
    public var couple: SignalCounts
    /// Counts per calendar week and per calendar month.
    public var timeline: Timeline
    /// The clearest examples of each signal per person, with the words that triggered them.
    public var examples: [SignalExample]
    /// Conflict episodes and what happened in them.
    public var conflict: ConflictSummary
    /// Reply times and long silences after a complaint or a bid for attention.
    public var timing: TimingSummary
    /// Whether each signal became more or less frequent over the months.
    public var trends: [TrendResult]
    /// A statement that the analysis ran on this machine only.
    public var privacy: String
    /// What the numbers can and cannot tell, in plain sentences.
    public var limits: [String]

    /// Encodes the report as pretty-printed JSON with sorted keys and ISO 8601 dates.
    ///
    /// - Returns: The JSON document, ending without a newline.
    /// - Throws: `EncodingError` if a value cannot be encoded (not expected for finite numbers).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try encoder.encode(self)
    }

    /// Decodes a report written by ``jsonData()``.
    ///
    /// - Parameter data: The JSON document.
    /// - Returns: The report.
    /// - Throws: `DecodingError` when the document is not such a report.
    public static func decode(_ data: Data) throws -> AnalysisReport {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try decoder.decode(AnalysisReport.self, from: data)
    }

    /// How many people wrote in the chat: one per participant entry, and for the entry that
    /// counts a large group's quietest people together, as many as it counts.
    public var peopleCount: Int {
        participants.reduce(0) { $0 + (ReportTexts.everyoneElseCount($1.name) ?? 1) }
    }
}
