import Foundation

/// Reads imessage-exporter's HTML output: `div.message` blocks with a timestamp, a sender and
/// `span.bubble` texts, threaded replies nested inside, and `div.announcement` events.
///
/// Reactions are not messages and are skipped; an edited message keeps its final text and is
/// marked edited; images and link previews set ``ChatMessage/hasAttachment``.
public struct IMessageHTMLImporter: ConversationImporter {
    /// The format this importer reads: ``ImportFormat/imessageHTML``.
    public let format = ImportFormat.imessageHTML

    /// Creates the importer.
    public init() {}

    /// Recognises HTML with imessage-exporter's `message` and `timestamp` classes.
    ///
    /// - Parameter sample: The start of the file.
    /// - Returns: `true` for imessage-exporter HTML.
    public func canImport(sample: ImportSample) -> Bool {
        let text = sample.text
        return text.contains("<") && text.contains("class=\"message\"") && text.contains("class=\"timestamp\"")
    }

    /// Reads a whole page.
    ///
    /// - Parameters:
    ///   - data: The HTML file's bytes.
    ///   - options: The file name for messages.
    /// - Returns: The conversation in time order.
    /// - Throws: ``ImportError/undecodableText(file:line:)`` for damaged UTF-16.
    public func importConversation(from data: Data, options: ImportOptions) throws -> Conversation {
        let decoded = try TextDecoding.decode(data, file: options.fileName)
        var state = IMessageHTMLState()
        for token in HTMLTokenizer(decoded.text) { state.consume(token) }
        var warnings = decoded.warnings
        if state.skipped > 0 { warnings.append(.skippedRecords(count: state.skipped, reason: "message without a readable timestamp")) }
        // imessage-exporter closes every page; a page that stops early was cut short.
        if !decoded.text.suffix(64).lowercased().contains("</html>") {
            warnings.append(.cutShort(detail: "it does not end with </html>"))
        }
        return Conversation(format: format, messages: state.messages, events: state.events, warnings: warnings)
    }
}

/// The walk through an imessage-exporter page, one token at a time.
struct IMessageHTMLState {
    private(set) var messages: [ChatMessage] = []
    private(set) var events: [ChatEvent] = []
    private(set) var skipped = 0

    private struct Element { var name: String; var classes: [String] }
    private struct Block {
        var depth: Int
        var isAnnouncement: Bool
        var timestamp: Date?
        var sender: String?
        var parts: [String] = []
        var editedText: String?
        var isEdited = false
        var hasAttachment = false
    }

    private var stack: [Element] = []
    private var blocks: [Block] = []
    private static let voidElements: Set<String> = ["img", "br", "hr", "meta", "link", "input", "source"]

    private func inside(_ name: String, _ className: String) -> Bool {
        stack.reversed().prefix { !($0.name == "div" && ($0.classes.contains("message") || $0.classes.contains("announcement"))) }
            .contains { $0.name == name && $0.classes.contains(className) }
    }

    private func insideElement(_ name: String) -> Bool { stack.reversed().contains { $0.name == name } }

    mutating func consume(_ token: HTMLTokenizer.Token) {
        switch token {
        case .start(let name, let classes, let href, let selfClosing):
            if name == "div", classes.contains("message") || classes.contains("announcement") {
                blocks.append(Block(depth: stack.count, isAnnouncement: classes.contains("announcement")))
            }
            if !blocks.isEmpty, !inside("div", "reactions") {
                if name == "img" { blocks[blocks.count - 1].hasAttachment = true }
                if name == "a", let href, inside("div", "app") {
                    blocks[blocks.count - 1].parts.append(href)
                    blocks[blocks.count - 1].hasAttachment = true
                }
            }
            if !Self.voidElements.contains(name) && !selfClosing { stack.append(Element(name: name, classes: classes)) }
        case .end(let name):
            guard let match = stack.lastIndex(where: { $0.name == name }) else { return }
            stack.removeSubrange(match...)
            while let block = blocks.last, block.depth >= stack.count {
                blocks.removeLast()
                finish(block)
            }
        case .text(let raw):
            guard !blocks.isEmpty else { return }
            let text = TextCleaning.trimmed(raw)
            guard !text.isEmpty, !inside("div", "reactions") else { return }
            var block = blocks.removeLast()
            defer { blocks.append(block) }
            if inside("span", "timestamp") {
                if block.timestamp == nil { block.timestamp = IMessageDate.parse(text[...])?.date }
            } else if inside("span", "sender") {
                block.sender = block.sender ?? text
            } else if inside("div", "edited") {
                block.isEdited = true
                if insideElement("tfoot") && insideElement("td") { block.editedText = text }
            } else if block.isAnnouncement || inside("span", "bubble") {
                block.parts.append(text)
            }
        }
    }

    private mutating func finish(_ block: Block) {
        guard let timestamp = block.timestamp else {
            skipped += 1
            return
        }
        if block.isAnnouncement {
            events.append(ChatEvent(timestamp: timestamp, kind: .groupChange, rawText: block.parts.joined(separator: " ")))
            return
        }
        let sender = block.sender ?? "Unknown"
        let text = block.editedText ?? block.parts.joined(separator: "\n")
        if text.isEmpty {
            events.append(ChatEvent(timestamp: timestamp, kind: block.hasAttachment ? .attachment : .system, sender: sender, rawText: ""))
        } else {
            messages.append(ChatMessage(
                timestamp: timestamp, sender: sender, text: text, isEdited: block.isEdited, hasAttachment: block.hasAttachment))
        }
    }
}
