import Foundation

/// Turns the lines of a WhatsApp export into messages and events once the layout and date order are known.
struct WhatsAppRecordBuilder {
    let base: UnsafePointer<UInt8>
    let layout: WhatsAppHeader.Layout
    let order: WhatsAppDateOrder
    let format: ImportFormat

    private(set) var messages: [ChatMessage] = []
    private(set) var events: [ChatEvent] = []
    private var unparsed: [UnparsedLine] = []
    private var unparsedCount = 0
    private var invalidUTF8 = 0
    private var firstInvalidLine = 0
    private var records = 0
    private var pending: Pending?
    private var senders = SenderTable()
    /// Whether `base` is a file mapping whose parsed pages may be released as reading goes on.
    var releasesParsedPages = false
    private var releasedUpTo = 0

    /// A record whose text may still grow with continuation lines.
    private struct Pending {
        var timestamp: Date
        var line: Int
        var sender: String?
        var textStart: Int
        var textEnd: Int
        var markedLine: Bool
    }

    init(base: UnsafePointer<UInt8>, layout: WhatsAppHeader.Layout, order: WhatsAppDateOrder, format: ImportFormat) {
        self.base = base
        self.format = format
        self.layout = layout
        self.order = order
    }

    mutating func read(_ lines: LineIndex) {
        // One message per line at most: reserving that avoids regrowing a million-element array.
        var newlines = 0
        var cursor = lines.start
        while cursor < lines.end, let found = memchr(base + cursor, 0x0A, lines.end - cursor) {
            newlines += 1
            cursor = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
        }
        messages.reserveCapacity(newlines + 1)
        for line in lines {
            if let header = WhatsAppHeaderParser.parse(base, start: line.start, end: line.end), header.layout == layout {
                flush()
                if releasesParsedPages, line.start - releasedUpTo > 16 << 20 {
                    MappedFile.releasePages(base, from: releasedUpTo, to: line.start)
                    releasedUpTo = line.start
                }
                guard let timestamp = order.date(of: header) else {
                    report(line)
                    continue
                }
                startRecord(header, line: line, timestamp: timestamp)
            } else if pending != nil {
                pending!.textEnd = line.end
            } else if !isBlank(line) {
                report(line)
            }
        }
        flush()
    }

    mutating func conversation(warnings: [ImportWarning]) -> Conversation {
        // Sort here, in place, while this builder owns the only reference (source lines break ties,
        // keeping file order): the conversation then finds the messages ordered and copies nothing.
        if !messages.isEmpty && zip(messages, messages.dropFirst()).contains(where: { $0.timestamp > $1.timestamp }) {
            messages.sort { $0.timestamp == $1.timestamp ? $0.sourceLine ?? 0 < $1.sourceLine ?? 0 : $0.timestamp < $1.timestamp }
        }
        var all = warnings
        if invalidUTF8 > 0 { all.append(.invalidUTF8Lines(count: invalidUTF8, firstLine: firstInvalidLine)) }
        return Conversation(
            format: format, messages: messages, events: events,
            unparsedLines: unparsed, unparsedLineCount: unparsedCount, warnings: all)
    }

    private mutating func startRecord(_ header: WhatsAppHeader, line: LineIndex.Line, timestamp: Date) {
        var textStart = header.bodyStart
        var sender: String?
        if let colon = senderColon(from: header.bodyStart, to: line.end) {
            sender = senders.name(base: base, start: header.bodyStart, end: colon)
            textStart = min(colon + 2, line.end)
        }
        pending = Pending(
            timestamp: timestamp, line: line.number, sender: sender, textStart: textStart, textEnd: line.end,
            markedLine: header.startsWithMark)
    }

    /// The position of the ": " that ends a plausible sender name, or `nil` for a system line.
    private func senderColon(from start: Int, to end: Int) -> Int? {
        var index = start
        let limit = min(end, start + 120)
        while index < limit {
            let byte = base[index]
            if byte == 0x22 { return nil }  // a quote: a system line such as `changed the subject to "a: b"`
            if byte == 0x3A, index > start, index + 1 == end || base[index + 1] == 0x20 || base[index + 1] == 0x0D {
                return index
            }
            index += 1
        }
        return nil
    }

    private mutating func flush() {
        guard let record = pending else { return }
        pending = nil
        records += 1
        var start = record.textStart
        var end = record.textEnd
        var markedText = false
        while let width = invisibleWidth(at: start, end: end) {
            start += width
            markedText = true
        }
        while end > start, base[end - 1] == 0x0A || base[end - 1] == 0x0D || base[end - 1] == 0x20 { end -= 1 }
        let text = decode(start, end, line: record.line)
        guard let sender = record.sender else {
            events.append(ChatEvent(
                timestamp: record.timestamp, kind: WhatsAppClassifier.classifySystem(text), rawText: text,
                sourceLine: record.line))
            return
        }
        // iOS marks media and system lines twice: before the header and inside the text.
        let markedLine = record.markedLine && (markedText || text.unicodeScalars.contains(where: TextCleaning.isInvisibleMark))
        let multiLine = memchr(base + start, 0x0A, end - start) != nil
        switch WhatsAppClassifier.classifyMessage(
            text, markedText: markedText, markedLine: markedLine, nearStart: records <= 3, multiLine: multiLine)
        {
        case .message(let body, let isEdited, let hasAttachment):
            messages.append(ChatMessage(
                timestamp: record.timestamp, sender: sender, text: body, sourceLine: record.line,
                isEdited: isEdited, hasAttachment: hasAttachment))
        case .event(let kind):
            events.append(ChatEvent(timestamp: record.timestamp, kind: kind, sender: sender, rawText: text, sourceLine: record.line))
        }
    }

    /// Decodes a text range as UTF-8 (Windows-1252 if invalid), dropping the `\r` of CRLF line ends.
    private mutating func decode(_ start: Int, _ end: Int, line: Int) -> String {
        let buffer = UnsafeBufferPointer(start: base + start, count: end - start)
        var text: String
        if let valid = String(validating: buffer, as: UTF8.self) {
            text = valid
        } else {
            invalidUTF8 += 1
            if firstInvalidLine == 0 { firstInvalidLine = line }
            text = TextDecoding.windows1252(buffer)
        }
        if memchr(base + start, 0x0D, end - start) != nil { text = TextCleaning.normalisingLineBreaks(text) }
        return text
    }

    private func invisibleWidth(at index: Int, end: Int) -> Int? {
        guard index + 2 < end else { return nil }
        let (b0, b1, b2) = (base[index], base[index + 1], base[index + 2])
        if b0 == 0xEF, b1 == 0xBB, b2 == 0xBF { return 3 }
        if b0 == 0xE2, b1 == 0x80, b2 == 0x8E || b2 == 0x8F || (0xAA...0xAE).contains(b2) { return 3 }
        return nil
    }

    private func isBlank(_ line: LineIndex.Line) -> Bool {
        (line.start..<line.end).allSatisfy { base[$0] == 0x20 || base[$0] == 0x0D || base[$0] == 0x09 }
    }

    private mutating func report(_ line: LineIndex.Line) {
        unparsedCount += 1
        guard unparsed.count < Conversation.unparsedLineLimit else { return }
        let buffer = UnsafeBufferPointer(start: base + line.start, count: line.end - line.start)
        let text = String(decoding: buffer, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        unparsed.append(UnparsedLine(line: line.number, text: text))
    }
}
