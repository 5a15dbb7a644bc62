import Foundation
import Testing
@testable import HavenCore

/// The conversation model, narrowing with `between`, and format detection.
@Suite("Import: conversation and detection")
struct ImportConversationTests {
    @Test func betweenNarrowsAGroupToTwoPeople() throws {
        let group = try Fixtures.shared("WhatsR/inst/englishandroid24h.txt")
        let pair = try group.between("alice", "Bob")
        #expect(pair.participants == ["Alice", "Bob"] || pair.participants == ["Bob", "Alice"])
        #expect(pair.messages.count == group.messages.filter { $0.sender == "Alice" || $0.sender == "Bob" }.count)
        #expect(pair.events.allSatisfy { $0.sender == "Alice" || $0.sender == "Bob" })
    }

    @Test func betweenRejectsUnknownNames() throws {
        let group = try Fixtures.shared("WhatsR/inst/englishandroid24h.txt")
        #expect(throws: ImportError.unknownParticipant(name: "Zed", participants: group.participants)) {
            try group.between("Alice", "Zed")
        }
    }

    @Test func messagesAreInTimeOrderAndStable() {
        let base = Date(timeIntervalSince1970: 1_000)
        let messages = [
            ChatMessage(timestamp: base.addingTimeInterval(60), sender: "B", text: "later"),
            ChatMessage(timestamp: base, sender: "A", text: "first"),
            ChatMessage(timestamp: base, sender: "C", text: "same time, after"),
        ]
        let chat = Conversation(format: .csv, messages: messages)
        #expect(chat.messages.map(\.text) == ["first", "same time, after", "later"])
        #expect(chat.participants == ["A", "C", "B"])
        #expect(chat.emptyReason == nil)
    }

    @Test func conversationsRoundTripThroughJSON() throws {
        let chat = try Fixtures.own("imessage/conversation.txt")
        let decoded = try JSONDecoder().decode(Conversation.self, from: JSONEncoder().encode(chat))
        #expect(decoded == chat)
    }

    struct Detection: Sendable, CustomStringConvertible {
        var path: String
        var format: ImportFormat
        var description: String { path }
    }

    static let detections: [Detection] = [
        .init(path: "WhatsR/inst/germanios24h.txt", format: .whatsapp),
        .init(path: "chat-analytics/tests/samples/whatsapp/4A_11M.zip", format: .whatsapp),
        .init(path: "chat-miner/test/signal/test_export.txt", format: .signal),
        .init(path: "chat-miner/test/telegram/test_batch_export.json", format: .telegram),
        .init(path: "chat-analytics/tests/samples/discord/GC_3A_5M.json", format: .discord),
        .init(path: "chat-analytics/tests/samples/messenger/2A_7M.json", format: .messenger),
        .init(path: "imessage-exporter/imessage-exporter/src/exporters/resources/example.html", format: .imessageHTML),
        .init(path: "whatstk/chats/whatsapp/lorem-2000.txt", format: .whatsapp),
    ]

    @Test(arguments: detections)
    func formatIsDetected(detection: Detection) throws {
        #expect(try Fixtures.shared(detection.path).format == detection.format)
    }

    @Test func whatsappWithALongFirstMessageIsDetected() throws {
        let body = (1...20).map { "line \($0) of a long first message" }.joined(separator: "\n")
        let text = "a note someone typed above the export\n12/01/2024, 09:00 - Ana: " + body
            + "\n12/01/2024, 09:05 - Leo: ok\n13/01/2024, 10:00 - Ana: fine\n"
        let chat = try ConversationReader().read(data: Data(text.utf8), fileName: "chat.txt")
        #expect(chat.format == .whatsapp)
        #expect(chat.messages.count == 3)
        #expect(chat.unparsedLines.map(\.line) == [1])
    }

    @Test func ownFixturesAreDetected() throws {
        #expect(try Fixtures.own("imessage/conversation.txt").format == .imessageText)
        #expect(try Fixtures.own("plain/messages.csv").format == .csv)
        #expect(try Fixtures.own("plain/messages.jsonl").format == .jsonLines)
        #expect(try Fixtures.own("signal/chat.md").format == .signal)
    }
}
