import Foundation

/// Reads a plain CSV of messages with a header row naming the timestamp, sender and text columns
/// (`timestamp,sender,text`; aliases such as `date`, `author`, `message` work too).
///
/// Timestamps are ISO 8601 (with or without a zone) or Unix seconds/milliseconds. A row that
/// cannot be read is reported with its line number, never dropped silently.
public struct CSVImporter: ConversationImporter {
    /// The format this importer reads: ``ImportFormat/csv``.
    public let format = ImportFormat.csv

    /// Creates the importer.
    public init() {}

    /// Recognises a `.csv` file, or text whose first line names timestamp, sender and text columns.
    ///
    /// - Parameter sample: The start of the file.
    /// - Returns: `true` for such CSV files.
    public func canImport(sample: ImportSample) -> Bool {
        guard let header = sample.firstLines(1).first else { return false }
        let delimiter = CSVTable.delimiter(ofHeader: header)
        let names = header.split(separator: delimiter).map { String($0).replacingOccurrences(of: "\"", with: "") }
        let named = RecordFields.index(in: names, of: RecordFields.timestamp) != nil
            && RecordFields.index(in: names, of: RecordFields.sender) != nil
            && RecordFields.index(in: names, of: RecordFields.text) != nil
        return named || (sample.fileExtension == "csv" && names.count >= 3)
    }

    /// Reads a whole file.
    ///
    /// - Parameters:
    ///   - data: The CSV file's bytes.
    ///   - options: The file name for messages.
    /// - Returns: The conversation.
    /// - Throws: ``ImportError/missingColumn(file:column:header:)`` when the header lacks a column.
    public func importConversation(from data: Data, options: ImportOptions) throws -> Conversation {
        let decoded = try TextDecoding.decode(data, file: options.fileName)
        let firstLine = decoded.text.split(whereSeparator: \.isNewline).first ?? ""
        let table = CSVTable(text: decoded.text, delimiter: CSVTable.delimiter(ofHeader: firstLine))
        guard let header = table.rows.first else { throw ImportError.emptyFile(file: options.fileName) }
        func column(_ aliases: [String], _ name: String) throws -> Int {
            guard let index = RecordFields.index(in: header.fields, of: aliases) else {
                throw ImportError.missingColumn(file: options.fileName, column: name, header: String(firstLine.prefix(120)))
            }
            return index
        }
        let (timeColumn, senderColumn, textColumn) = (
            try column(RecordFields.timestamp, "timestamp"), try column(RecordFields.sender, "sender"),
            try column(RecordFields.text, "text")
        )
        var messages: [ChatMessage] = []
        var unparsed: [UnparsedLine] = []
        for row in table.rows.dropFirst() {
            func field(_ index: Int) -> String? { index < row.fields.count ? row.fields[index] : nil }
            switch RecordFields.message(timestamp: field(timeColumn), sender: field(senderColumn), text: field(textColumn), line: row.line) {
            case .success(let message): messages.append(message)
            case .failure(let line): unparsed.append(line)
            }
        }
        return Conversation(
            format: format, messages: messages, unparsedLines: unparsed, unparsedLineCount: unparsed.count,
            warnings: decoded.warnings)
    }
}
