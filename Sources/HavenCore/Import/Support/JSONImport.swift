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
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        func line(before index: Data.Index) -> Int {
            data[data.startIndex..<index].reduce(into: 1) { count, byte in if byte == 0x0A { count += 1 } }
        }
        let lines = line(before: data.endIndex)
        if let first = body.first(where: { !isSpace($0) }), first != UInt8(ascii: "{"), first != UInt8(ascii: "[") {
            return "it does not start with { or [, so it is not JSON"
        }
        let lastContent = body.lastIndex(where: { !isSpace($0) })
        let endsOpen = lastContent.map { body[$0] != UInt8(ascii: "}") && body[$0] != UInt8(ascii: "]") } ?? true
        if String(validating: body, as: UTF8.self) == nil, !endsInCutCharacter(body),
           let bad = body.split(separator: 0x0A, omittingEmptySubsequences: false)
               .firstIndex(where: { String(validating: $0, as: UTF8.self) == nil }) {
            return "line \(line(before: body.startIndex) + bad) is not valid UTF-8 text"
        }
        if let failure = firstProblem(in: body) {
            let at = body.startIndex + failure.offset
            let failureLine = line(before: at)
            // A parser that stumbles in the last few bytes of a file left open was given a file cut
            // short (in a string, a number, a `\u` escape or a `true`).
            if endsOpen, let lastContent, at >= lastContent - 16 { return "it stops at line \(lines) before the JSON is closed" }
            let lineStart = data[data.startIndex..<at].lastIndex(of: 0x0A).map { $0 + 1 } ?? body.startIndex
            let column = String(decoding: data[lineStart..<at], as: UTF8.self).count + 1
            return "\(failure.problem) at line \(failureLine), column \(column)"
        }
        if endsOpen { return "it stops at line \(lines) before the JSON is closed" }
        return "the JSON is not well formed (\(lines) lines)"
    }

    /// Whether the bytes are valid UTF-8 but for a character cut short by the end of the file.
    private static func endsInCutCharacter(_ bytes: Data.SubSequence) -> Bool {
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes.endIndex - end < 3, bytes[end - 1] >= 0x80 {
            end -= 1
            if String(validating: bytes[bytes.startIndex..<end], as: UTF8.self) != nil { return true }
        }
        return false
    }

    /// Where Haven's own JSON parser first stumbles (Foundation's decoder does not say), or `nil`
    /// when it reads the document: then only the shape was wrong for Foundation.
    private static func firstProblem(in data: Data.SubSequence) -> JSONLineParser.Failure? {
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
