import Foundation

/// Reads WhatsApp's "Export chat" text, from iOS and Android, in any locale.
///
/// The parser works on UTF-8 bytes: it detects the header layout and the date order once for
/// the whole file, then reads each line with a hand-written scanner (no regular expressions, no
/// `DateFormatter`). A line without a header continues the message above it; a line before the
/// first message or with an impossible date is reported in ``Conversation/unparsedLines``.
public struct WhatsAppImporter: ConversationImporter {
    /// The format this importer reads: ``ImportFormat/whatsapp``.
    public let format = ImportFormat.whatsapp

    /// Creates the importer.
    public init() {}

    /// Recognises a WhatsApp export: its first line starts with a message header, or at least
    /// three of its first 50 lines do (a long first message or a stray note may come first).
    ///
    /// - Parameter sample: The start of the file.
    /// - Returns: `true` for WhatsApp exports.
    public func canImport(sample: ImportSample) -> Bool {
        var headers = 0
        for (offset, line) in sample.firstLines(50).enumerated() {
            var bytes = Array(line.utf8)
            let parsed = bytes.withUnsafeMutableBufferPointer { buffer in
                WhatsAppHeaderParser.parse(UnsafePointer(buffer.baseAddress!), start: 0, end: buffer.count)
            }
            guard parsed != nil else { continue }
            if offset == 0 { return true }
            headers += 1
            if headers == 3 { return true }
        }
        return false
    }

    /// Reads a whole export.
    ///
    /// - Parameters:
    ///   - data: The `.txt` file's bytes.
    ///   - options: A forced date order, and the file name for messages.
    /// - Returns: The conversation; empty with a reason when the file holds no messages.
    /// - Throws: ``ImportError/notThisFormat(file:format:detail:)`` when no line carries a WhatsApp header.
    public func importConversation(from data: Data, options: ImportOptions) throws -> Conversation {
        try Self.readLineChat(data, options: options, format: format)
    }

    /// Reads any export whose messages start with a WhatsApp-style header line (also Signal's markdown).
    static func readLineChat(_ data: Data, options: ImportOptions, format: ImportFormat) throws -> Conversation {
        let result: Conversation? = data.withUnsafeBytes { raw in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress, raw.count > 0 else { return nil }
            var offset = 0
            if raw.count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { offset = 3 }
            let lines = LineIndex(base: base, start: offset, end: raw.count)
            guard let layout = Self.detectLayout(lines) else { return nil }
            var evidence = WhatsAppDateOrder.Evidence()
            if options.dateOrder == nil {
                for line in lines {
                    guard let header = WhatsAppHeaderParser.parse(base, start: line.start, end: line.end),
                        header.layout == layout
                    else { continue }
                    evidence.add(header)
                    if evidence.isDecisive { break }
                }
            } else if let header = lines.lazy.compactMap({ WhatsAppHeaderParser.parse(base, start: $0.start, end: $0.end) })
                .first(where: { $0.layout == layout })
            {
                evidence.add(header)
            }
            let (order, warning) = evidence.resolve(forced: options.dateOrder)
            if options.inputIsFileMapping { MappedFile.releasePages(base, from: 0, to: raw.count) }
            var builder = WhatsAppRecordBuilder(base: base, layout: layout, order: order, format: format)
            builder.releasesParsedPages = options.inputIsFileMapping
            builder.read(lines)
            return builder.conversation(warnings: warning.map { [$0] } ?? [])
        }
        guard let result else {
            throw ImportError.notThisFormat(file: options.fileName, format: format, detail: "no line starts with a date and time")
        }
        return result
    }

    /// The most common header layout among the first 200 header-like lines.
    private static func detectLayout(_ lines: LineIndex) -> WhatsAppHeader.Layout? {
        var counts: [WhatsAppHeader.Layout: Int] = [:]
        var seen = 0
        var order: [WhatsAppHeader.Layout] = []
        for line in lines {
            guard let header = WhatsAppHeaderParser.parse(lines.base, start: line.start, end: line.end) else { continue }
            if counts[header.layout] == nil { order.append(header.layout) }
            counts[header.layout, default: 0] += 1
            seen += 1
            if seen == 200 { break }
        }
        return order.max { counts[$0]! < counts[$1]! }
    }
}
