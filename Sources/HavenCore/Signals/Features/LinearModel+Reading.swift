import Foundation

/// Why a model file could not be read.
public enum ModelFileError: Error, Equatable, CustomStringConvertible {
    /// The file is not valid JSON: where (1-based line and column) and what is wrong.
    case malformedJSON(file: String, line: Int, column: Int, problem: String)
    /// A field is missing or has the wrong type.
    case wrongField(file: String, field: String, expected: String)

    public var description: String {
        switch self {
        case let .malformedJSON(file, line, column, problem):
            return "\(file), line \(line), column \(column): not valid JSON (\(problem)); restore it from git, or delete it, run `haven train` and rebuild"
        case let .wrongField(file, field, expected):
            return "\(file): \(field) should be \(expected); restore it from git, or delete it, run `haven train` and rebuild"
        }
    }
}

extension LinearModel {
    /// Reads a model file as `haven train` writes it.
    ///
    /// Uses the project's own JSON parser rather than `JSONDecoder`: the file holds some 70,000
    /// weights, and this is most of what every `haven` command waits for before it starts.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: the file's name, for error messages.
    /// - Throws: `ModelFileError` naming the file and what is wrong.
    public init(reading data: Data, file: String) throws(ModelFileError) {
        let parsed = data.withUnsafeBytes { raw in
            Result { () throws(JSONLineParser.Failure) in try JSONLineParser.parseDocument(raw.bindMemory(to: UInt8.self)) }
        }
        let json: JSONValue
        switch parsed {
        case let .success(value): json = value
        case let .failure(failure):
            let before = data.prefix(failure.offset)
            let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let column = failure.offset - (before.lastIndex(of: 0x0A).map { $0 - data.startIndex + 1 } ?? 0) + 1
            throw .malformedJSON(file: file, line: line, column: column, problem: failure.problem)
        }
        func wrong(_ field: String, _ expected: String) -> ModelFileError { .wrongField(file: file, field: field, expected: expected) }
        guard case let .object(top) = json else { throw wrong("the top level", "an object") }
        guard case let .number(version)? = top["version"], let whole = Int(exactly: version) else { throw wrong("version", "a whole number") }
        guard case let .string(trainedOn)? = top["trainedOn"] else { throw wrong("trainedOn", "a string") }
        guard case let .object(labelObjects)? = top["labels"] else { throw wrong("labels", "an object") }
        var labels: [String: LabelModel] = [:]
        for (name, value) in labelObjects {
            guard case let .object(fields) = value else { throw wrong("labels.\(name)", "an object") }
            guard case let .number(bias)? = fields["bias"] else { throw wrong("labels.\(name).bias", "a number") }
            guard case let .number(threshold)? = fields["threshold"] else { throw wrong("labels.\(name).threshold", "a number") }
            guard case let .object(weightValues)? = fields["weights"] else { throw wrong("labels.\(name).weights", "an object") }
            var weights: [String: Double] = [:]
            weights.reserveCapacity(weightValues.count)
            for (feature, weight) in weightValues {
                guard case let .number(w) = weight else { throw wrong("labels.\(name).weights[\"\(feature)\"]", "a number") }
                weights[feature] = w
            }
            labels[name] = LabelModel(bias: bias, threshold: threshold, weights: weights)
        }
        var commonWords: [String]?
        switch top["commonWords"] {
        case nil, .null?: commonWords = nil
        case let .array(items)?:
            commonWords = try items.map { item throws(ModelFileError) in
                guard case let .string(word) = item else { throw wrong("commonWords", "a list of strings") }
                return word
            }
        default: throw wrong("commonWords", "a list of strings")
        }
        self.init(version: whole, trainedOn: trainedOn, labels: labels, commonWords: commonWords)
    }
}
