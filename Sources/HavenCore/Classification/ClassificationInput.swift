import Foundation

/// One line of `haven classify` or `haven eval` input: a message, who wrote it, the turns before
/// it and, for evaluation, the true labels.
public struct ClassificationInput: Sendable, Hashable {
    /// The caller's id for the message, echoed in the output.
    public var id: String
    /// The message.
    public var text: String
    /// Who wrote it, when known.
    public var speaker: String?
    /// The turns before it, oldest first.
    public var context: [Turn]
    /// The true labels, present in evaluation files.
    public var labels: [String]?

    /// Creates an input.
    public init(id: String, text: String, speaker: String? = nil, context: [Turn] = [], labels: [String]? = nil) {
        self.id = id
        self.text = text
        self.speaker = speaker
        self.context = context
        self.labels = labels
    }

    /// The line's `"id"`, when the line is valid UTF-8 and a JSON object whose `"id"` is a string,
    /// whatever else is wrong with it: an error record for a line that cannot be classified can
    /// then name the message it stands for. `nil` when no id can be read.
    public static func readableID(in line: Data) -> String? {
        guard case let .string(id)? = (try? json(line))?["id"] else { return nil }
        return id
    }

    /// The line's bytes checked as UTF-8 and parsed as JSON.
    private static func json(_ line: Data) throws(InputLineError) -> JSONValue {
        guard String(validating: line, as: UTF8.self) != nil else { throw .invalidUTF8 }
        let parsed = line.withUnsafeBytes { raw in
            Result { () throws(InputLineError) -> JSONValue in try JSONLineParser.parse(raw.bindMemory(to: UInt8.self)) }
        }
        return try parsed.get()
    }

    /// Parses one JSON Lines record.
    ///
    /// - Parameter line: the line's bytes, without its newline.
    /// - Returns: the input.
    /// - Throws: `InputLineError` naming what is wrong with the line.
    public static func parse(_ line: Data) throws(InputLineError) -> ClassificationInput {
        let root = try json(line)
        guard case .object = root else { throw .notAnObject }
        let id: String
        switch root["id"] {
        case let .string(value)?: id = value
        case nil, .null?: throw .missingField("id")
        default: throw .wrongType(field: "id", expected: "a string")
        }
        let text: String
        switch root["text"] {
        case let .string(value)?: text = value
        case nil, .null?: throw .missingField("text")
        default: throw .wrongType(field: "text", expected: "a string")
        }
        var speaker: String?
        switch root["speaker"] {
        case let .string(value)?: speaker = value
        case nil, .null?: speaker = nil
        default: throw .wrongType(field: "speaker", expected: "a string")
        }
        var context: [Turn] = []
        switch root["context"] {
        case let .array(turns)?:
            for (i, turn) in turns.enumerated() {
                guard case .object = turn else { throw .wrongType(field: "context[\(i)]", expected: "an object with speaker and text") }
                guard case let .string(turnText)? = turn["text"] else { throw .wrongType(field: "context[\(i)].text", expected: "a string") }
                var turnSpeaker = ""
                if case let .string(value)? = turn["speaker"] { turnSpeaker = value }
                context.append(Turn(speaker: turnSpeaker, text: turnText))
            }
        case nil, .null?: break
        default: throw .wrongType(field: "context", expected: "an array of {speaker, text} objects")
        }
        var labels: [String]?
        switch root["labels"] {
        case let .array(items)?:
            labels = []
            for item in items {
                guard case let .string(label) = item else { throw .wrongType(field: "labels", expected: "an array of strings") }
                labels?.append(label)
            }
        case nil, .null?: break
        default: throw .wrongType(field: "labels", expected: "an array of strings")
        }
        return ClassificationInput(id: id, text: text, speaker: speaker, context: context, labels: labels)
    }
}
