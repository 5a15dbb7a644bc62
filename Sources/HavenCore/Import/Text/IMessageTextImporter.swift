import Foundation

/// Reads imessage-exporter's TXT output: for each message a date line (optionally followed by a
/// read receipt in parentheses), the sender on the next line, the body, and a blank line.
///
/// A date line followed by other text is an announcement ("You renamed the conversation…") and
/// becomes an event. Attachment path lines set ``ChatMessage/hasAttachment``; a "Reactions:" block is skipped.
public struct IMessageTextImporter: ConversationImporter {
    /// The format this importer reads: ``ImportFormat/imessageText``.
    public let format = ImportFormat.imessageText

    /// Creates the importer.
    public init() {}

    /// Recognises text whose first line is an imessage-exporter date (`May 17, 2022  5:29:42 PM`).
    ///
    /// - Parameter sample: The start of the file.
    /// - Returns: `true` for imessage-exporter TXT files.
    public func canImport(sample: ImportSample) -> Bool {
        guard let first = sample.firstLines(1).first else { return false }
        return IMessageDate.parse(first) != nil
    }

    /// Reads a whole export.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - options: The file name for messages.
    /// - Returns: The conversation; lines before the first date are reported as unparsed.
    /// - Throws: ``ImportError/undecodableText(file:line:)`` for damaged UTF-16.
    public func importConversation(from data: Data, options: ImportOptions) throws -> Conversation {
        let decoded = try TextDecoding.decode(data, file: options.fileName)
        let lines = TextLines.split(decoded.text)
        var messages: [ChatMessage] = []
        var events: [ChatEvent] = []
        var unparsed: [UnparsedLine] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard let (date, rest) = IMessageDate.parse(line.trimmingInvisibles()) else {
                if !line.trimmingInvisibles().isEmpty { unparsed.append(UnparsedLine(line: index + 1, text: String(line))) }
                index += 1
                continue
            }
            let startLine = index + 1
            let remark = rest.trimmingInvisibles()
            if !remark.isEmpty && !remark.hasPrefix("(") {
                events.append(ChatEvent(timestamp: date, kind: .groupChange, rawText: String(remark), sourceLine: startLine))
                index += 1
                continue
            }
            var end = index + 2
            while end < lines.count, !(lines[end].trimmingInvisibles().isEmpty && Self.startsBlock(lines, at: end + 1)),
                IMessageDate.parse(lines[end].trimmingInvisibles()) == nil
            {
                end += 1
            }
            let sender = index + 1 < lines.count ? TextCleaning.trimmed(String(lines[index + 1])) : ""
            let body = index + 2 < end ? Array(lines[(index + 2)..<end]) : []
            index = end < lines.count && lines[end].trimmingInvisibles().isEmpty ? end + 1 : max(end, index + 2)
            guard !sender.isEmpty else {
                unparsed.append(UnparsedLine(line: startLine, text: String(line)))
                continue
            }
            let (text, hasAttachment) = Self.text(of: body)
            if text.isEmpty {
                events.append(ChatEvent(
                    timestamp: date, kind: hasAttachment ? .attachment : .system, sender: sender,
                    rawText: body.joined(separator: "\n"), sourceLine: startLine))
            } else {
                messages.append(ChatMessage(timestamp: date, sender: sender, text: text, sourceLine: startLine, hasAttachment: hasAttachment))
            }
        }
        return Conversation(
            format: format, messages: messages, events: events, unparsedLines: unparsed, warnings: decoded.warnings)
    }

    /// Whether a message block (or the end of the file) starts at `index`.
    private static func startsBlock(_ lines: [Substring], at index: Int) -> Bool {
        index >= lines.count || IMessageDate.parse(lines[index].trimmingInvisibles()) != nil
    }

    /// The body text without attachment paths and reactions, and whether it had an attachment.
    private static func text(of body: [Substring]) -> (String, Bool) {
        var kept: [Substring] = []
        var hasAttachment = false
        var inReactions = false
        for line in body {
            let trimmed = line.trimmingInvisibles()
            if trimmed == "Reactions:" { inReactions = true; continue }
            if inReactions, line.hasPrefix(" ") || line.hasPrefix("\t") { continue }
            inReactions = false
            if trimmed.hasPrefix("/") && trimmed.contains("/Attachments/") || trimmed.hasPrefix("Attachment missing") {
                hasAttachment = true
                continue
            }
            kept.append(line)
        }
        return (TextCleaning.trimmed(kept.joined(separator: "\n")), hasAttachment)
    }
}
