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
            throw ImportError.unexpectedStructure(file: options.fileName, format: format, detail: describe(error))
        } catch {
            throw ImportError.malformedJSON(file: options.fileName, detail: truncationDetail(data))
        }
    }

    /// Says where invalid JSON ends, so the user sees that the file was cut off.
    private static func truncationDetail(_ data: Data) -> String {
        let lines = data.reduce(into: 1) { count, byte in if byte == 0x0A { count += 1 } }
        let last = data.reversed().first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }
        if last != UInt8(ascii: "}") && last != UInt8(ascii: "]") {
            return "it stops at line \(lines) before the JSON is closed"
        }
        return "the JSON is not well formed (\(lines) lines)"
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
