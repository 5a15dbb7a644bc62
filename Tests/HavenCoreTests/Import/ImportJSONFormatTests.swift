import Foundation
import Testing
@testable import HavenCore

/// Telegram, Messenger, Instagram and Discord JSON samples, read in place.
@Suite("Import: JSON formats")
struct ImportJSONFormatTests {
    @Test(arguments: ["test_single_export", "test_batch_export"])
    func telegramMatchesChatMinerTarget(name: String) throws {
        let chat = try Fixtures.shared("chat-miner/test/telegram/\(name).json")
        #expect(chat.format == .telegram)
        Fixtures.expectMatches(chat, targets: try Fixtures.targets("chat-miner/test/telegram/target.json"))
    }

    @Test func telegramPersonalChat() throws {
        let chat = try Fixtures.shared("tg-parser/tests/fixtures/personal_chat.json")
        #expect(chat.messages.count == 4)
        #expect(chat.participants == ["Alice", "Bob"])
        #expect(chat.messages[2].text == "Check this important message")
        #expect(chat.messages[3].replyTo == "3")
        #expect(chat.messages[0].timestamp == Fixtures.date("2024-01-15T10:30:00"))
        #expect(chat.events.map(\.kind) == [.call])
        #expect(chat.events.first?.sender == "Alice")
    }

    @Test func telegramSupergroupAndServiceMessages() throws {
        let group = try Fixtures.shared("tg-parser/tests/fixtures/supergroup_with_topics.json")
        #expect(group.messages.count == 4)
        #expect(group.events.count == 3)
        #expect(group.events.allSatisfy { $0.kind == .groupChange })
        let direct = try Fixtures.shared("chat-analytics/tests/samples/telegram/DM_2A_7M.json")
        #expect(Set(direct.participants) == ["Alice", "Bob"])
        #expect(direct.events.contains { $0.kind == .membership })
        #expect(direct.events.contains { $0.kind == .call })
        #expect(direct.messages.contains { $0.text == "https://google.com 👀" })
    }

    @Test func telegramLargeSample() throws {
        let chat = try Fixtures.shared("chat-analytics/tests/samples/telegram/BIG_20A_5475M.json")
        #expect(chat.messages.count == 5_475)
        #expect(chat.participants.count == 20)
        let first = try #require(chat.messages.first?.timestamp)
        #expect(abs(first.timeIntervalSince(Fixtures.date("2017-01-01T06:20:09")) - 0.248) < 0.001)
    }

    @Test func instagramMatchesChatMinerTarget() throws {
        let chat = try Fixtures.shared("chat-miner/test/instagram/test_export.json", format: .instagram)
        #expect(chat.format == .instagram)
        Fixtures.expectMatches(chat, targets: try Fixtures.targets("chat-miner/test/instagram/target.json"))
        #expect(chat.messages.map(\.sender) == ["Jane Doe", "John Doe"])  // newest-first file, put in time order
    }

    @Test func messengerSampleWithBOMAndAttachments() throws {
        let chat = try Fixtures.shared("chat-analytics/tests/samples/messenger/2A_7M.json")
        #expect(chat.format == .messenger)
        #expect(chat.messages.map(\.text) == ["you what", "Whats up!", "Hello"])
        #expect(chat.events.count == 4)
        #expect(chat.events.allSatisfy { $0.kind == .attachment })
        #expect(chat.messages.last?.timestamp == Date(timeIntervalSince1970: 1_415_147_732.056))
    }

    @Test func messengerMojibakeIsRepaired() throws {
        let chat = try Fixtures.own("messenger/mojibake_message_1.json")
        #expect(chat.participants == ["Ben", "Zoë Martín"])
        #expect(chat.messages.map(\.text) == ["plain ascii hello", "Très bien, à demain!", "Let’s meet at the café tomorrow 😊"])
        #expect(chat.warnings.contains { if case .repairedMojibake = $0 { return true } else { return false } })
        #expect(chat.events.first?.sender == "Zoë Martín")
    }

    @Test func mojibakeRepairLeavesCleanTextAlone() {
        #expect(Mojibake.repair("café") == nil)
        #expect(Mojibake.repair("plain") == nil)
        #expect(Mojibake.repair("caf\u{00C3}\u{00A9}") == "café")
        #expect(Mojibake.repair("Zoë 😊") == nil)
    }

    @Test func discordDirectMessagesUseNicknames() throws {
        let chat = try Fixtures.shared("chat-analytics/tests/samples/discord/DM_2A_2M.json")
        #expect(chat.format == .discord)
        #expect(chat.participants == ["mlomb", "Someones nickname"])
        #expect(chat.events.map(\.kind) == [.call])
        let first = try #require(chat.messages.first?.timestamp)
        #expect(abs(first.timeIntervalSince(Fixtures.date("2019-01-04T17:52:39")) - 0.762) < 0.001)
    }

    @Test func discordGroupAndServer() throws {
        let group = try Fixtures.shared("chat-analytics/tests/samples/discord/GC_3A_5M.json")
        #expect(group.participants.contains("theplant"))
        #expect(group.events.filter { $0.kind == .groupChange }.count == 2)
        let server = try Fixtures.shared("chat-analytics/tests/samples/discord/SV_5A_5M.json")
        #expect(server.messages.count == 4)  // one message is listed twice with the same ID
        #expect(server.messages.first?.isEdited == true)
        #expect(server.messages.contains { $0.hasAttachment })
    }
}
