import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A JSON Lines file the user owns, one ``AssessmentResult`` per line, only ever appended to.
public struct HistoryFile: Sendable {
    /// Where the file lives.
    public let url: URL

    /// Creates a handle on a history file (the file need not exist yet).
    /// - Parameter url: Where the file lives.
    public init(url: URL) {
        self.url = url
    }

    /// Reads every line; unreadable lines are reported with their number and the rest are kept.
    /// - Returns: The results and any issues; empty when the file does not exist yet (or holds
    ///   only blank lines).
    /// - Throws: ``HistoryError/unreadable(file:reason:)`` when the file exists but cannot be read,
    ///   and ``HistoryError/notAHistory(file:lines:first:)`` when it has lines and none of them is
    ///   even JSON.
    public func load() throws(HistoryError) -> AssessmentHistory {
        guard FileManager.default.fileExists(atPath: url.path) else { return AssessmentHistory() }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: url.path, reason: "permission denied or not a file")
        }
        let decoder = Self.decoder()
        var results: [AssessmentResult] = []
        var issues: [HistoryIssue] = []
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let trimmed = line.filter { $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
            if trimmed.isEmpty { continue }
            do {
                results.append(try decoder.decode(AssessmentResult.self, from: Data(line)))
            } catch {
                issues.append(HistoryIssue(line: index + 1, reason: Self.reason(for: error)))
            }
        }
        // Lines that are all JSON-less are another kind of file; a history whose only lines are
        // damaged results (an edited date, a newer format) is still the user's history.
        if results.isEmpty, let first = issues.first, issues.allSatisfy({ $0.reason == Self.notJSON }) {
            throw .notAHistory(file: url.path, lines: issues.count, first: first)
        }
        return AssessmentHistory(results: results, issues: issues)
    }

    /// Appends one result as a single line, in one `write` on an `O_APPEND` handle, so a crash
    /// never leaves half a line and earlier lines are never rewritten.
    /// - Parameter result: The result to store.
    /// - Throws: ``HistoryError/appendFailed(file:reason:)`` when the line could not be written.
    public func append(_ result: AssessmentResult) throws(HistoryError) {
        var line: Data
        do {
            line = try Self.encoder().encode(result)
        } catch {
            throw .appendFailed(file: url.path, reason: "the result could not be encoded")
        }
        line.append(UInt8(ascii: "\n"))
        let descriptor = open(url.path, O_RDWR | O_APPEND | O_CREAT, 0o600)
        guard descriptor >= 0 else { throw .appendFailed(file: url.path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        if Self.lacksFinalNewline(descriptor) { line.insert(UInt8(ascii: "\n"), at: 0) }
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == line.count else {
            throw .appendFailed(file: url.path, reason: written < 0 ? String(cString: strerror(errno)) : "short write")
        }
        guard fsync(descriptor) == 0 else { throw .appendFailed(file: url.path, reason: String(cString: strerror(errno))) }
    }

    /// Whether a non-empty file ends without a newline (say, a line cut short by hand), in which
    /// case the new line must start on a line of its own.
    private static func lacksFinalNewline(_ descriptor: Int32) -> Bool {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size > 0 else { return false }
        var last: UInt8 = 0
        let read = pread(descriptor, &last, 1, off_t(info.st_size - 1))
        return read == 1 && last != UInt8(ascii: "\n")
    }

    /// The reason given for a line that is not JSON at all.
    static let notJSON = "not valid JSON"

    /// The encoder used for every line: compact, sorted keys, ISO 8601 dates.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// The decoder used for every line: accepts ISO 8601 dates with or without fractional seconds.
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            if let date = ISO8601DateFormatter().date(from: text) { return date }
            let fractional = ISO8601DateFormatter()
            fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            if let date = fractional.date(from: text) { return date }
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "date '\(text)' is not ISO 8601"))
        }
        return decoder
    }

    private static func reason(for error: any Error) -> String {
        switch error {
        case let DecodingError.keyNotFound(key, _): return "missing field '\(key.stringValue)'"
        case let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "field '\(path)' has the wrong type"
        case let DecodingError.dataCorrupted(context):
            return context.codingPath.isEmpty ? notJSON : context.debugDescription
        default: return "not a readable result"
        }
    }
}
