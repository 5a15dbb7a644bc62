import Foundation

/// The parts of a WhatsApp message header (`[18/03/2022, 14:56:01] ` or `3/6/18, 1:55 PM - `),
/// read from bytes before the date order is known.
struct WhatsAppHeader {
    /// The three numeric date fields in the order they appear (era years already converted).
    var fields: (Int, Int, Int)
    /// How many digits each date field had (4 marks a year).
    var digitCounts: (Int, Int, Int)
    /// The field that holds the year, when the header itself shows it (4 digits, an era), else `nil`.
    var knownYearPosition: Int?
    /// Hour, minute and second on a 24-hour clock.
    var hour: Int, minute: Int, second: Int
    /// The byte offset where the text after the header starts.
    var bodyStart: Int
    /// Whether a direction mark or BOM came before the header (iOS marks system lines this way).
    var startsWithMark: Bool
    /// A fingerprint of the header's shape; all headers of one export share it.
    var layout: Layout

    /// The shape of a header: brackets, separators and what ends it.
    struct Layout: Hashable {
        var bracketed: Bool
        var timeFirst: Bool
        var dateSeparator: UInt8
        var hasSeconds: Bool
        var terminator: Terminator
    }

    /// What ends an unbracketed header.
    enum Terminator: Hashable {
        case bracket, dash, colon, space
    }
}
