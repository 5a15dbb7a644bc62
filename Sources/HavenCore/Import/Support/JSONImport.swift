import Foundation

/// Decodes an export's JSON and turns decoding failures into ``ImportError`` values that say
/// whether the file is cut off (with the line where it ends) or simply not the expected shape.
enum JSONImport {
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, options: ImportOptions, format: ImportFormat) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            throw ImportError.malformedJSON(file: options.fileName, detail: truncationDetail(data))
        } catch let error as DecodingError {
            // Foundation reports bytes that are not UTF-8 inside a string as a value of the wrong
            // kind there; the file is damaged, not of another shape.
            if String(validating: data, as: UTF8.self) == nil {
                throw ImportError.malformedJSON(file: options.fileName, detail: truncationDetail(data))
            }
            throw ImportError.unexpectedStructure(file: options.fileName, format: format, detail: describe(error))
        } catch {
            throw ImportError.malformedJSON(file: options.fileName, detail: truncationDetail(data))
        }
    }

    /// Says where invalid JSON ends, so the user sees that the file was cut off.
    private static func truncationDetail(_ data: Data) -> String {
        let lines = data.reduce(into: 1) { count, byte in if byte == 0x0A { count += 1 } }
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
        if let first = data.first(where: { !isSpace($0) }), first != UInt8(ascii: "{"), first != UInt8(ascii: "[") {
            return "it does not start with { or [, so it is not JSON"
        }
        if String(validating: data, as: UTF8.self) == nil,
           let bad = data.split(separator: 0x0A, omittingEmptySubsequences: false)
               .firstIndex(where: { String(validating: $0, as: UTF8.self) == nil }) {
            return "line \(bad + 1) is not valid UTF-8 text"
        }
        let contentEnd = (data.lastIndex(where: { !isSpace($0) }).map { $0 + 1 } ?? data.startIndex) - data.startIndex
        if let failure = firstProblem(in: data) {
            // A parser that runs out of text was given a file cut short.
            if failure.offset >= contentEnd { return "it stops at line \(lines) before the JSON is closed" }
            let before = data.prefix(failure.offset)
            let line = before.reduce(into: 1) { count, byte in if byte == 0x0A { count += 1 } }
            let column = before.count - (before.lastIndex(of: 0x0A).map { $0 - before.startIndex + 1 } ?? 0) + 1
            return "\(failure.problem) at line \(line), column \(column)"
        }
        return "the JSON is not well formed (\(lines) lines)"
    }

    /// Where Haven's own JSON parser first stumbles (Foundation's decoder does not say), or `nil`
    /// when it reads the document: then only the shape was wrong for Foundation.
    private static func firstProblem(in data: Data) -> JSONLineParser.Failure? {
        data.withUnsafeBytes { raw -> JSONLineParser.Failure? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let parsed = Result { () throws(JSONLineParser.Failure) -> JSONValue in try JSONLineParser.parseDocument(bytes) }
            if case let .failure(failure) = parsed { return failure }
            return nil
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let joined = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return joined.isEmpty ? "top level" : joined
        }
        switch error {
        case .keyNotFound(let key, let context): return "no '\(key.stringValue)' at \(path(context))"
        case .typeMismatch(_, let context): return "unexpected value at \(path(context))"
        case .valueNotFound(_, let context): return "missing value at \(path(context))"
        case .dataCorrupted(let context): return "damaged value at \(path(context))"
        @unknown default: return "unexpected structure"
        }
    }
}

/// A JSON value that may be a string or a number (IDs in some exports are either).
struct FlexibleString: Decodable, Hashable {
    var value: String

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) {
            value = string
        } else if let number = try? container.decode(Int64.self) {
            value = String(number)
        } else {
            value = String(try container.decode(Double.self))
        }
    }
}
