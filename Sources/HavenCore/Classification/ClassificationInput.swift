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

    /// Parses one JSON Lines record.
    ///
    /// - Parameter line: the line's bytes, without its newline.
    /// - Returns: the input.
    /// - Throws: `InputLineError` naming what is wrong with the line.
    public static func parse(_ line: Data) throws(InputLineError) -> ClassificationInput {
        guard String(validating: line, as: UTF8.self) != nil else { throw .invalidUTF8 }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: line, options: [])
        } catch {
            throw .malformedJSON(JSONErrorDescription.describe(error))
        }
        guard let record = object as? [String: Any] else { throw .notAnObject }
        let id: String
        switch record["id"] {
        case let value as String: id = value
        case nil, is NSNull: throw .missingField("id")
        default: throw .wrongType(field: "id", expected: "a string")
        }
        guard let rawText = record["text"], !(rawText is NSNull) else { throw .missingField("text") }
        guard let text = rawText as? String else { throw .wrongType(field: "text", expected: "a string") }
        var speaker: String?
        if let raw = record["speaker"], !(raw is NSNull) {
            guard let value = raw as? String else { throw .wrongType(field: "speaker", expected: "a string") }
            speaker = value
        }
        var context: [Turn] = []
        if let raw = record["context"], !(raw is NSNull) {
            guard let turns = raw as? [Any] else { throw .wrongType(field: "context", expected: "an array of {speaker, text} objects") }
            for (i, rawTurn) in turns.enumerated() {
                guard let turn = rawTurn as? [String: Any] else { throw .wrongType(field: "context[\(i)]", expected: "an object with speaker and text") }
                guard let turnText = turn["text"] as? String else { throw .wrongType(field: "context[\(i)].text", expected: "a string") }
                let turnSpeaker = turn["speaker"] as? String ?? ""
                context.append(Turn(speaker: turnSpeaker, text: turnText))
            }
        }
        var labels: [String]?
        if let raw = record["labels"], !(raw is NSNull) {
            guard let list = raw as? [Any], list.allSatisfy({ $0 is String }) else {
                throw .wrongType(field: "labels", expected: "an array of strings")
            }
            labels = list.compactMap { $0 as? String }
        }
        return ClassificationInput(id: id, text: text, speaker: speaker, context: context, labels: labels)
    }
}
