import Foundation
import HavenCore

/// Turns an uploaded chat export into the report the uploader sees (and, with consent, the partner).
///
/// Behind a protocol until `haven analyze`'s analyzer is on main in HavenCore; then it is swapped in
/// here without touching the controllers. The export itself is never stored: only the report.
protocol ChatAnalyzing: Sendable {
    /// Reads an export and returns its report.
    /// - Throws: `ImportError` for a file that is not a chat export.
    func report(for data: Data, fileName: String) throws -> ChatReport
}

/// Counts per person, in the shape `haven plan --analysis` reads (`participants[].signals`).
struct ChatReport: Codable, Sendable, Equatable {
    struct Person: Codable, Sendable, Equatable {
        var name: String
        var messages: Int
        var signals: [String: Int]
    }

    var schemaVersion: Int
    var format: String
    var messages: Int
    var firstMessage: Date?
    var lastMessage: Date?
    var participants: [Person]
}

/// The default: HavenCore's importers read the export, its engine reads every message with the
/// three turns before it, and the labels are counted per sender.
struct EngineChatAnalyzer: ChatAnalyzing {
    let engine: SignalEngine

    func report(for data: Data, fileName: String) throws -> ChatReport {
        let conversation = try ConversationReader().read(data: data, fileName: fileName)
        var people: [String: ChatReport.Person] = [:]
        var recent: [TurnSummary] = []
        for message in conversation.messages {
            let result = engine.analyze(message.text, speaker: message.sender, contextSummaries: recent)
            var person = people[message.sender] ?? ChatReport.Person(name: message.sender, messages: 0, signals: [:])
            person.messages += 1
            for label in result.labels { person.signals[label.rawValue, default: 0] += 1 }
            people[message.sender] = person
            recent.append(engine.summarize(Turn(speaker: message.sender, text: message.text)))
            if recent.count > 3 { recent.removeFirst() }
        }
        let order = conversation.participants + people.keys.sorted().filter { !conversation.participants.contains($0) }
        return ChatReport(
            schemaVersion: 1, format: conversation.format.rawValue, messages: conversation.messages.count,
            firstMessage: conversation.messages.first?.timestamp, lastMessage: conversation.messages.last?.timestamp,
            participants: order.compactMap { people[$0] })
    }
}
