import Foundation
import Testing
@testable import HavenCore

/// A group chat with more people than the report gives sections to: the quietest are counted
/// together, nothing is lost from the totals, and senders are told apart however many there are.
@Suite("Report: large group chats")
struct LargeGroupTests {
    /// `people` senders; sender k writes k + 1 messages, so the last ones wrote most.
    private func groupChat(people: Int) -> Conversation {
        var messages: [ChatMessage] = []
        var time = 1_700_000_000.0
        for k in 0..<people {
            for _ in 0...k {
                messages.append(ChatMessage(timestamp: Date(timeIntervalSince1970: time), sender: "Person \(k)", text: "see you at six"))
                time += 60
            }
        }
        return Conversation(format: .whatsapp, messages: messages)
    }

    @Test("Past the limit the quietest people become one 'everyone else', and every message still counts")
    func quietestAreFolded() {
        var options = AnalysisOptions()
        options.maximumParticipants = 5
        let chat = groupChat(people: 8)
        let report = ConversationAnalyzer(engine: try! SignalEngine.standard(), options: options).analyze(chat)
        #expect(report.participants.map(\.name) == ["Person 3", "Person 4", "Person 5", "Person 6", "Person 7", "Everyone else (3 people)"])
        #expect(report.participants.map(\.messages) == [4, 5, 6, 7, 8, 1 + 2 + 3])
        #expect(report.participants.map(\.messages).reduce(0, +) == chat.messages.count)
        #expect(report.limits.contains { $0.contains("3 people who wrote least") })
        #expect(report.peopleCount == 8)
    }

    @Test("Up to the limit nobody is folded and the limits say nothing of it")
    func smallGroupUnchanged() {
        let report = ConversationAnalyzer(engine: try! SignalEngine.standard()).analyze(groupChat(people: 3))
        #expect(report.participants.map(\.name) == ["Person 0", "Person 1", "Person 2"])
        #expect(!report.limits.contains { $0.contains("wrote least") })
    }

    @Test("A WhatsApp export with hundreds of senders gives each message its own sender")
    func manySendersImport() throws {
        let count = 300
        let lines = (0..<(count * 2)).map { i in "12/01/2024, 09:\(String(format: "%02d", i % 60)) - Sender \(i % count): message \(i)" }
        let chat = try ConversationReader().read(data: Data((lines.joined(separator: "\n") + "\n").utf8), fileName: "chat.txt")
        #expect(chat.messages.count == count * 2)
        #expect(Set(chat.participants).count == count)
        for message in chat.messages {
            let i = Int(message.text.dropFirst("message ".count))!
            #expect(message.sender == "Sender \(i % count)")
        }
    }

    @Test("Redacting a folded report removes the folded people's names too, and keeps 'everyone else'")
    func redactionCoversFoldedNames() {
        var options = AnalysisOptions()
        options.maximumParticipants = 2
        var messages: [ChatMessage] = []
        var time = 1_700_000_000.0
        func say(_ sender: String, _ text: String) {
            messages.append(ChatMessage(timestamp: Date(timeIntervalSince1970: time), sender: sender, text: text))
            time += 60
        }
        say("Quinn", "see you at six")
        for _ in 0..<3 { say("Robin", "ok") }
        say("Robin", "Quinn, you never help with anything and you always forget")
        for _ in 0..<3 { say("Sasha", "sure") }
        let chat = Conversation(format: .whatsapp, messages: messages)
        let report = ConversationAnalyzer(engine: try! SignalEngine.standard(), options: options).analyze(chat)
        #expect(report.participants.map(\.name) == ["Robin", "Sasha", "Everyone else (1 people)"])
        let quoted = report.examples.filter { $0.text.contains("you never help") }
        #expect(!quoted.isEmpty, "the criticism must be an example for this test to mean anything")
        let redacted = report.redacted(with: Redactor(participants: chat.participants))
        #expect(redacted.participants.last?.name == "Everyone else (1 people)")
        for example in redacted.examples {
            #expect(!example.text.contains("Quinn"), "\(example.text)")
            #expect(!example.name.contains("Robin"))
        }
    }
}
