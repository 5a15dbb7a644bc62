import Foundation

/// Something an importer could not decide for sure or had to repair, reported with the conversation.
public enum ImportWarning: Sendable, Codable, Hashable, CustomStringConvertible {
    /// No date in the file shows whether the day or the month comes first; `assumed` was used.
    case ambiguousDateOrder(assumed: DateOrder)
    /// Some lines were not valid UTF-8 and were read as Windows-1252 (Latin-1) instead.
    case invalidUTF8Lines(count: Int, firstLine: Int)
    /// Text fields held UTF-8 read as Latin-1 ("Ã©" for "é") and were repaired.
    case repairedMojibake(count: Int)
    /// Some records were skipped because they lacked a timestamp, a sender or text.
    case skippedRecords(count: Int, reason: String)
    /// The file stops before its format's closing mark: messages after the cut are missing.
    case cutShort(detail: String)
    /// An archive held more than one chat file; the one named was read.
    case otherChatsInArchive(read: String, others: [String])

    /// A sentence a user can act on.
    public var description: String {
        switch self {
        case .ambiguousDateOrder(let assumed):
            return "No date in the file shows whether the day or the month comes first; assumed \(assumed.example). "
                + "If that is wrong, pass --date-order \(assumed == .dayFirst ? DateOrder.monthFirst.rawValue : DateOrder.dayFirst.rawValue)."
        case .invalidUTF8Lines(let count, let firstLine):
            return "\(count) line(s) were not valid UTF-8 (first at line \(firstLine)) and were read as Windows-1252."
        case .repairedMojibake(let count):
            return "Repaired \(count) text field(s) whose accents had been garbled (UTF-8 read as Latin-1)."
        case .skippedRecords(let count, let reason):
            return "Skipped \(count) record(s): \(reason)."
        case .cutShort(let detail):
            return "The file seems cut short (\(detail)); messages after the cut are missing. Export it again to read them all."
        case .otherChatsInArchive(let read, let others):
            return "The archive holds \(others.count + 1) chat files; read \(read), not \(others.joined(separator: ", ")). "
                + "Unpack it and import the one you mean."
        }
    }
}

/// The order of day, month and year in numeric dates such as `03/04/21`.
public enum DateOrder: String, Sendable, Codable, Hashable, CaseIterable {
    /// Day, month, year (`31/12/2021`), as in most of the world.
    case dayFirst
    /// Month, day, year (`12/31/2021`), as in the United States.
    case monthFirst
    /// Year, month, day (`2021-12-31`).
    case yearFirst

    /// A short example of the order, for messages.
    public var example: String {
        switch self {
        case .dayFirst: return "day/month/year"
        case .monthFirst: return "month/day/year"
        case .yearFirst: return "year/month/day"
        }
    }
}
