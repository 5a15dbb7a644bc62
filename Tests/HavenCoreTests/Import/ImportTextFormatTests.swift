import Foundation
import Testing
@testable import HavenCore

/// Signal, iMessage, CSV and JSON Lines.
@Suite("Import: text formats")
struct ImportTextFormatTests {
    @Test func signalMatchesChatMinerTarget() throws {
        let chat = try Fixtures.shared("chat-miner/test/signal/test_export.txt")
        #expect(chat.format == .signal)
        Fixtures.expectMatches(chat, targets: try Fixtures.targets("chat-miner/test/signal/target.json"))
    }

    @Test func signalMarkdownFile() throws {
        let chat = try Fixtures.own("signal/chat.md")
        #expect(chat.format == .signal)
        #expect(chat.messages.map(\.sender) == ["Robin", "Kai", "Robin"])
        #expect(chat.messages[1].text == "Yes! 7pm?\nBring the board game.")
        #expect(chat.messages[1].timestamp == Fixtures.date("2023-05-01T18:03"))
    }

    @Test func iMessageHTMLSample() throws {
        let chat = try Fixtures.shared("imessage-exporter/imessage-exporter/src/exporters/resources/example.html")
        #expect(chat.format == .imessageHTML)
        #expect(chat.messages.count == 10)
        #expect(chat.participants == ["Me", "steve@icloud.com", "+15558675309"])
        #expect(chat.events.count == 1)
        #expect(chat.events.first?.rawText.contains("renamed the conversation") == true)
        let edited = try #require(chat.messages.first { $0.isEdited })
        #expect(edited.text == "That's amazing!")
        #expect(!chat.messages.contains { $0.text.contains("Loved") || $0.text.contains("Reactions") })
        #expect(chat.messages.first { $0.text.hasPrefix("Yes, even those") }?.hasAttachment == true)
        #expect(chat.messages.first?.timestamp == Fixtures.date("2022-07-17T17:04:04"))
        #expect(chat.messages.map(\.timestamp) == chat.messages.map(\.timestamp).sorted())
    }

    @Test func iMessageTextExport() throws {
        let chat = try Fixtures.own("imessage/conversation.txt")
        #expect(chat.format == .imessageText)
        #expect(chat.unparsedLineCount == 0)
        #expect(chat.participants == ["Me", "+15550001111"])
        #expect(chat.messages.map(\.text) == [
            "Morning! Did you sleep at all?", "Barely. The neighbours had a party.\nTheir music went on until three.",
            "Ugh. Coffee on the way home?", "Look at this view.\n\nIt made my whole day.", "Goodnight",
        ])
        #expect(chat.messages[1].timestamp == Fixtures.date("2023-03-03T09:07:40"))
        #expect(chat.messages[3].hasAttachment)
        #expect(chat.messages[4].timestamp == Fixtures.date("2023-03-04T22:15:00"))
        #expect(chat.events.map(\.kind) == [.groupChange, .attachment])
    }

    @Test func csvWithQuotesAndABadRow() throws {
        let chat = try Fixtures.own("plain/messages.csv")
        #expect(chat.format == .csv)
        #expect(chat.messages.map(\.sender) == ["Noor", "Jamie", "Noor", "Jamie"])
        #expect(chat.messages[1].text == "Morning, love")
        #expect(chat.messages[2].text == "She said \"fine\" and left,\nthen came back")
        #expect(chat.messages[3].timestamp == Date(timeIntervalSince1970: 1_706_774_700))
        #expect(chat.unparsedLines.map(\.line) == [6])
    }

    @Test func csvWithoutATextColumnIsRejected() throws {
        let data = Data("timestamp,sender\n2024-01-01T10:00:00,Noor\n".utf8)
        #expect(throws: ImportError.missingColumn(file: "x.csv", column: "text", header: "timestamp,sender")) {
            try ConversationReader().read(data: data, fileName: "x.csv", format: .csv)
        }
    }

    @Test("JSON Lines read the same with Windows or old Mac line endings", arguments: ["\r\n", "\r"])
    func jsonLinesLineEndings(ending: String) throws {
        let lines = [#"{"timestamp": "2024-02-01T08:00:00", "sender": "Noor", "text": "Good morning"}"#,
                     #"{"timestamp": "2024-02-01T08:01:30", "sender": "Jamie", "text": "Morning, love"}"#,
                     #"{"timestamp": "2024-02-01T08:02:00", "sender": "Noor", "text": "broken"#]
        let chat = try ConversationReader().read(data: Data((lines.joined(separator: ending) + ending).utf8), fileName: "x.jsonl", format: .jsonLines)
        #expect(chat.messages.map(\.text) == ["Good morning", "Morning, love"])
        #expect(chat.unparsedLines.map(\.line) == [3])
    }

    @Test func jsonLinesWithABrokenLine() throws {
        let chat = try Fixtures.own("plain/messages.jsonl")
        #expect(chat.format == .jsonLines)
        #expect(chat.messages.count == 3)
        #expect(chat.unparsedLines.map(\.line) == [3])
        #expect(chat.messages.last?.text == "Aliases and epoch milliseconds")
        #expect(chat.messages.last?.timestamp == Date(timeIntervalSince1970: 1_706_774_700))
    }
}
