import Foundation

/// Reads answers from a JSON array in item order, such as `[4, 2, null, 7]` (null = unanswered).
public enum AnswerFile {
    /// Reads and checks an answers file.
    /// - Parameter url: The file to read.
    /// - Returns: The answers in item order.
    /// - Throws: ``AnswerFileError`` saying what is wrong and where.
    public static func read(_ url: URL) throws(AnswerFileError) -> [Int?] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let reason = FileManager.default.fileExists(atPath: url.path) ? "not readable" : "no such file"
            throw .unreadable(file: url.path, reason: reason)
        }
        return try parse(data, file: url.path)
    }

    /// Parses answers from JSON data.
    /// - Parameters:
    ///   - data: JSON text.
    ///   - file: The name used in error messages.
    /// - Returns: The answers in item order.
    /// - Throws: ``AnswerFileError`` saying what is wrong and where.
    public static func parse(_ data: Data, file: String = "answers") throws(AnswerFileError) -> [Int?] {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .notJSON(file: file, reason: "the file is empty")
        }
        let entries: [Entry]
        do {
            entries = try JSONDecoder().decode([Entry].self, from: data)
        } catch DecodingError.typeMismatch {
            throw .notAnArray(file: file)
        } catch let DecodingError.dataCorrupted(context) {
            let underlying = context.underlyingError.map { ($0 as NSError).userInfo["NSDebugDescription"] as? String }
            throw .notJSON(file: file, reason: (underlying ?? nil) ?? context.debugDescription)
        } catch {
            throw .notJSON(file: file, reason: "\(error)")
        }
        var answers: [Int?] = []
        for (index, entry) in entries.enumerated() {
            let item = index + 1
            switch entry {
            case .null: answers.append(nil)
            case let .integer(value): answers.append(value)
            case let .number(value):
                throw .invalidEntry(file: file, item: item, found: "\(value), not a whole number")
            case let .boolean(value): throw .invalidEntry(file: file, item: item, found: "\(value)")
            case let .text(value): throw .invalidEntry(file: file, item: item, found: "the text \"\(value)\"")
            case .nested: throw .invalidEntry(file: file, item: item, found: "a nested list or object")
            }
        }
        return answers
    }

    /// One JSON value of the answers array, decoded without judging it yet.
    private enum Entry: Decodable {
        case null, integer(Int), number(Double), boolean(Bool), text(String), nested

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let value = try? container.decode(Bool.self) {
                self = .boolean(value)
            } else if let value = try? container.decode(Int.self) {
                self = .integer(value)
            } else if let value = try? container.decode(Double.self) {
                // 4.0 is accepted as 4; 4.5 is not a valid answer.
                if value.rounded() == value, abs(value) < 1e9 { self = .integer(Int(value)) } else { self = .number(value) }
            } else if let value = try? container.decode(String.self) {
                self = .text(value)
            } else {
                self = .nested
            }
        }
    }
}
