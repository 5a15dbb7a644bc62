/// What is wrong with one line of JSON Lines input.
public enum InputLineError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not valid UTF-8.
    case invalidUTF8
    /// The line is not valid JSON; the parser's explanation follows.
    case malformedJSON(String)
    /// The line is JSON but not an object.
    case notAnObject
    /// A required field is absent.
    case missingField(String)
    /// A field has the wrong type.
    case wrongType(field: String, expected: String)

    public var description: String {
        switch self {
        case .invalidUTF8: return "the line is not valid UTF-8"
        case let .malformedJSON(detail): return "not valid JSON (\(detail))"
        case .notAnObject: return "expected a JSON object like {\"id\": \"1\", \"text\": \"…\"}"
        case let .missingField(name): return "missing required field \"\(name)\""
        case let .wrongType(field, expected): return "field \"\(field)\" must be \(expected)"
        }
    }
}
