import Foundation

/// A chat history read from one export: the messages people wrote, the system events around
/// them, and an account of every line the importer could not understand.
public struct Conversation: Sendable, Codable, Hashable {
    /// The export format the conversation was read from.
    public var format: ImportFormat
    /// The messages people wrote, in time order (stable for equal timestamps).
    public var messages: [ChatMessage]
    /// System events (joins, deleted messages, omitted media, calls), in time order.
    public var events: [ChatEvent]
    /// Everyone who wrote at least one message, in order of their first message.
    public var participants: [String]
    /// Lines that fit no rule of the format, with their line numbers (the first 1,000 are kept).
    public var unparsedLines: [UnparsedLine]
    /// How many lines fit no rule, including those beyond the ones kept in ``unparsedLines``.
    public var unparsedLineCount: Int
    /// Things the reader should know about the import, such as an assumed date order.
    public var warnings: [ImportWarning]

    /// The most unparsed lines kept verbatim; the rest are only counted.
    public static let unparsedLineLimit = 1_000

    /// Creates a conversation, putting messages and events in time order and deriving the participants.
    ///
    /// - Parameters:
    ///   - format: The format it was read from.
    ///   - messages: The messages, in file order.
    ///   - events: The events, in file order.
    ///   - unparsedLines: Lines that fit no rule (only the first ``unparsedLineLimit`` are kept).
    ///   - unparsedLineCount: The total count of such lines; defaults to `unparsedLines.count`.
    ///   - warnings: Warnings collected while importing.
    public init(
        format: ImportFormat, messages: [ChatMessage], events: [ChatEvent] = [],
        unparsedLines: [UnparsedLine] = [], unparsedLineCount: Int? = nil, warnings: [ImportWarning] = []
    ) {
        self.format = format
        self.messages = Self.stableSortedByTime(messages, \.timestamp)
        self.events = Self.stableSortedByTime(events, \.timestamp)
        self.participants = Self.participants(of: self.messages)
        self.unparsedLines = Array(unparsedLines.prefix(Self.unparsedLineLimit))
        self.unparsedLineCount = unparsedLineCount ?? unparsedLines.count
        self.warnings = warnings
    }

    /// Whether the conversation holds no message a person wrote.
    public var isEmpty: Bool { messages.isEmpty }

    /// Why the conversation holds no messages, or `nil` when it holds some.
    public var emptyReason: String? {
        guard messages.isEmpty else { return nil }
        if events.isEmpty {
            return unparsedLineCount > 0
                ? "none of its \(unparsedLineCount) lines looked like a \(format.displayName) message"
                : "the export holds no messages"
        }
        return "the export holds only system messages (\(events.count) events) and no message a person wrote"
    }

    /// Returns the participants in order of first message.
    static func participants(of messages: [ChatMessage]) -> [String] {
        var seen = Set<String>()
        var order: [String] = []
        var last: String?
        for message in messages where message.sender != last {
            last = message.sender  // consecutive messages mostly share a sender: skip the hashing
            if seen.insert(message.sender).inserted { order.append(message.sender) }
        }
        return order
    }

    /// Sorts by time, keeping file order for equal times; skips the sort when already ordered.
    static func stableSortedByTime<T>(_ items: [T], _ key: KeyPath<T, Date>) -> [T] {
        var ordered = true
        var index = 1
        while index < items.count {
            if items[index][keyPath: key] < items[index - 1][keyPath: key] { ordered = false; break }
            index += 1
        }
        if ordered { return items }
        // Sort positions by time rather than the elements themselves: far less memory moves on a million messages.
        let times = items.map { $0[keyPath: key] }
        let order = times.indices.sorted { times[$0] == times[$1] ? $0 < $1 : times[$0] < times[$1] }
        return order.map { items[$0] }
    }
}

/// A line of the source file that fit no rule of its format.
public struct UnparsedLine: Sendable, Codable, Hashable {
    /// The 1-based line number.
    public var line: Int
    /// The line's text (cut to 200 characters).
    public var text: String

    /// Creates an unparsed-line record, cutting long text to 200 characters.
    ///
    /// - Parameters:
    ///   - line: The 1-based line number.
    ///   - text: The line's text.
    public init(line: Int, text: String) {
        self.line = line
        self.text = text.count > 200 ? String(text.prefix(200)) + "…" : text
    }
}
