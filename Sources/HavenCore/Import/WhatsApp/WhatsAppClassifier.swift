import Foundation

/// Sorts the text after a WhatsApp header into words someone said and system events.
enum WhatsAppClassifier {
    /// What a record turned out to be.
    enum Outcome: Equatable {
        case message(text: String, isEdited: Bool, hasAttachment: Bool)
        case event(ChatEventKind)
    }

    /// Classifies a record that names a sender.
    ///
    /// - Parameters:
    ///   - text: The message text (invisible marks at its start removed), possibly several lines.
    ///   - markedText: Whether the text began with a direction mark, which iOS puts before system texts.
    ///   - markedLine: Whether the line began with a direction mark and the text holds one (iOS attachments).
    ///   - nearStart: Whether this is among the first records, where the encryption notice lives.
    ///   - multiLine: Whether the text spans several lines (only then is a caption split off).
    static func classifyMessage(_ text: String, markedText: Bool, markedLine: Bool, nearStart: Bool, multiLine: Bool = true) -> Outcome {
        var body = text
        var isEdited = false
        if body.utf8.last == UInt8(ascii: ">") {
            let lower = body.lowercased()
            if let suffix = WhatsAppPhrases.editedSuffixes.first(where: lower.hasSuffix) {
                isEdited = true
                body = TextCleaning.trimmed(String(body.dropLast(suffix.count)))
            }
        }
        // Byte-level search: Character-level `firstIndex(of:)` dominated the profile on large files.
        let newline = multiLine ? body.utf8.firstIndex(of: 0x0A) : nil
        let firstLine = newline.map { body[..<$0] } ?? body[...]
        let caption = newline.map { TextCleaning.trimmed(String(body[body.index(after: $0)...])) } ?? ""
        if let kind = placeholderKind(firstLine, markedText: markedText, markedLine: markedLine, nearStart: nearStart) {
            if caption.isEmpty || kind == .encryptionNotice || kind == .deletedMessage {
                return .event(kind)
            }
            return .message(text: caption, isEdited: isEdited, hasAttachment: true)
        }
        if body.isEmpty { return .event(.system) }
        return .message(text: body, isEdited: isEdited, hasAttachment: false)
    }

    /// The event kind a first line stands for, or `nil` when it is ordinary text.
    private static func placeholderKind(_ line: Substring, markedText: Bool, markedLine: Bool, nearStart: Bool) -> ChatEventKind? {
        let trimmed = Self.isTrimmed(line) ? line : line.trimmingInvisibles()
        let utf8 = trimmed.utf8
        guard let first = utf8.first, let last = utf8.last else { return nil }
        if first == UInt8(ascii: "<"), last == UInt8(ascii: ">"), utf8.count >= 8,
            trimmed.contains(" ") || trimmed.contains(":")
        {
            let lower = trimmed.lowercased()
            return lower.contains("attached") || lower.hasPrefix("<anhang:") ? .attachment : .mediaOmitted
        }
        if last == UInt8(ascii: ">"), trimmed.hasSuffix("attached>") { return .attachment }
        if last == UInt8(ascii: ")"), utf8.count < 300 {
            let lower = trimmed.lowercased()
            if WhatsAppPhrases.attachedSuffixes.contains(where: lower.hasSuffix) || isFileWithNote(trimmed) { return .attachment }
        }
        if isLocation(trimmed) { return .location }
        if let kind = WhatsAppPhrases.wholeMessages.kind(of: trimmed) { return kind }
        if markedText || markedLine || nearStart {
            let lower = trimmed.lowercased()
            if utf8.count > 50, WhatsAppPhrases.encryptionWords.contains(where: lower.contains) { return .encryptionNotice }
            if lower.contains("<attached:") || lower.contains("attached>") { return .attachment }
            // iOS marks media and system lines twice: before the header and inside the text.
            if markedLine { return systemKind(lower) ?? .mediaOmitted }
            // iOS notices read "‎‎<notice>. ‎<Tap to learn more>.": a second mark inside the text.
            // A single leading mark alone proves nothing: people's own messages can start with one.
            if markedText, trimmed.unicodeScalars.contains(where: { $0 == "\u{200E}" || $0 == "\u{200F}" }) {
                return systemKind(lower) ?? .system
            }
        }
        return nil
    }

    /// Whether a line is `NAME.ext (note)`, WhatsApp's attachment line in any language.
    private static func isFileWithNote(_ line: Substring) -> Bool {
        guard let open = line.range(of: " (", options: .backwards) else { return false }
        let name = line[..<open.lowerBound].trimmingInvisibles()
        guard !name.contains(" "), let dot = name.lastIndex(of: ".") else { return false }
        let fileExtension = name[name.index(after: dot)...]
        return (2...4).contains(fileExtension.count) && fileExtension.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// Whether a line is `label: <map link>` alone, a shared location in any language.
    private static func isLocation(_ line: Substring) -> Bool {
        let bytes = line.utf8
        // Cheap rejection first: a location line ends in a link with no space and is not short.
        guard bytes.count > 20, bytes.last != UInt8(ascii: " ") else { return false }
        let marker = Array(": https://maps.".utf8)
        let found = bytes.withContiguousStorageIfAvailable { buffer -> Bool? in
            guard let base = buffer.baseAddress, let colon = memchr(base, 0x3A, min(buffer.count, 80)) else { return nil }
            let offset = base.distance(to: colon.assumingMemoryBound(to: UInt8.self))
            guard buffer.count - offset > marker.count, memcmp(base + offset, marker, marker.count) == 0 else { return nil }
            return memchr(base + offset + 2, 0x20, buffer.count - offset - 2) == nil
        }
        if let found { return found ?? false }
        guard let colon = bytes.prefix(80).firstIndex(of: UInt8(ascii: ":")) else { return false }
        let link = bytes[colon...]
        return link.starts(with: marker) && !link.dropFirst(2).contains(UInt8(ascii: " "))
    }

    /// Whether a line has no whitespace or invisible mark at either end (the common case, checked on bytes).
    private static func isTrimmed(_ line: Substring) -> Bool {
        guard let first = line.utf8.first, let last = line.utf8.last else { return true }
        return first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80
    }

    /// Classifies a line without a sender ("You added Bob", the encryption notice).
    static func classifySystem(_ text: String) -> ChatEventKind {
        systemKind(text.lowercased()) ?? .system
    }

    private static func systemKind(_ lower: String) -> ChatEventKind? {
        if WhatsAppPhrases.encryptionWords.contains(where: lower.contains) { return .encryptionNotice }
        var key = lower
        if key.hasSuffix(".") { key.removeLast() }
        if WhatsAppPhrases.deleted.contains(key) { return .deletedMessage }
        if WhatsAppPhrases.disappearingWords.contains(where: lower.contains) { return .disappearingMessages }
        if WhatsAppPhrases.securityWords.contains(where: lower.contains) { return .securityChange }
        if WhatsAppPhrases.membershipWords.contains(where: lower.contains) { return .membership }
        if WhatsAppPhrases.groupWords.contains(where: lower.contains) { return .groupChange }
        if WhatsAppPhrases.callWords.contains(where: lower.contains) { return .call }
        if lower.contains("location") || lower.contains("standort") { return .location }
        return nil
    }
}
