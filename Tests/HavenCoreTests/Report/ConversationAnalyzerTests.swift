import Foundation
import Testing
@testable import HavenCore

/// The analyzer end to end on small hand-made conversations read by the real engine.
@Suite("Report: conversation analyzer")
struct ConversationAnalyzerTests {
    let analyzer = ConversationAnalyzer(engine: try! SignalEngine.standard())

    @Test func countsMatchTheEngineReadingEachMessageWithItsContext() throws {
        let lines = ReportFixtures.quarrelWithRepair
        let report = analyzer.analyze(ReportFixtures.conversation(lines))
        #expect(report.schemaVersion == AnalysisReport.currentSchemaVersion)
        #expect(report.messages == 8)
        #expect(report.participants.map(\.name) == ["Ana", "Leo"])
        #expect(report.participants.map(\.messages) == [4, 4])
        // Reference: the engine's public API with the turns before each message, counted by hand.
        var expected: [String: [String: Int]] = [:]
        var turns: [Turn] = []
        for (_, sender, text) in lines {
            for label in analyzer.engine.analyze(text, speaker: sender, context: turns).labels {
                expected[sender, default: [:]][label.rawValue, default: 0] += 1
            }
            turns.append(Turn(speaker: sender, text: text))
        }
        for person in report.participants {
            for label in SignalLabel.allCases {
                let count = expected[person.name]?[label.rawValue] ?? 0
                #expect(person.signals[label.rawValue] == count, "\(person.name) \(label)")
                #expect(person.ratesPer100[label.rawValue] == Double(count) * 25)
            }
        }
        #expect(report.participants[0].signals["criticism"] ?? 0 >= 2)
        #expect(report.couple.count(.contempt) == report.participants.reduce(0) { $0 + ($1.signals["contempt"] ?? 0) })
        #expect(report.couple.signals.count == SignalLabel.allCases.count)
    }

    @Test func findsTheQuarrelAsOneEpisodeWithItsRepairTakenUp() throws {
        let report = analyzer.analyze(ReportFixtures.conversation(ReportFixtures.quarrelWithRepair))
        #expect(report.conflict.episodes == 1)
        let episode = try #require(report.conflict.list.first)
        #expect(episode.startedBy == "Ana")
        #expect(episode.startup == "harsh")
        #expect(episode.messages == 5)
        #expect(episode.durationSeconds == 300)
        #expect(episode.firstRepairBy == "Leo")
        #expect(episode.repairTakenUp)
        #expect(report.conflict.repairTakenUp == 1)
        #expect(report.conflict.people.map(\.repairsTakenUp) == [0, 1])
    }

    @Test func aRepairMetWithContemptIsNotTakenUp() throws {
        let report = analyzer.analyze(ReportFixtures.conversation(ReportFixtures.quarrelRepairIgnored))
        let episode = try #require(report.conflict.list.first)
        #expect(report.conflict.repairAttempted == 1)
        #expect(episode.firstRepairBy == "Leo")
        #expect(!episode.repairTakenUp)
    }

    @Test func keepsTheStrongestExamplesWithEvidenceInsideTheText() throws {
        let report = analyzer.analyze(ReportFixtures.conversation(ReportFixtures.quarrelWithRepair))
        let example = try #require(report.examples.first { $0.label == "contempt" })
        #expect(example.name == "Ana")
        let scalars = Array(example.text.unicodeScalars)
        for evidence in example.evidence {
            #expect(String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == evidence.text)
        }
    }

    @Test func aChatWithOnlySystemMessagesGivesAnEmptyReportThatSaysWhy() {
        let conversation = Conversation(format: .whatsapp, messages: [], events: [
            ChatEvent(timestamp: ReportFixtures.start, kind: .encryptionNotice, rawText: "Messages are end-to-end encrypted."),
        ])
        let report = analyzer.analyze(conversation)
        #expect(report.messages == 0)
        #expect(report.events == 1)
        #expect(report.emptyReason?.contains("only system messages") == true)
        #expect(report.participants.isEmpty)
        #expect(report.conflict.episodes == 0)
        #expect(!HTMLReport(report: report).render().isEmpty)
    }

    @Test func theResultDoesNotDependOnHowTheWorkIsSplit() {
        var lines: [(Double, String, String)] = []
        for round in 0..<20 {
            for (offset, line) in ReportFixtures.quarrelWithRepair.enumerated() {
                lines.append((Double(round) * 200_000 + line.0 + Double(offset), line.1, line.2))
            }
        }
        let conversation = ReportFixtures.conversation(lines)
        var small = AnalysisOptions()
        small.chunkSize = 7
        let whole = analyzer.analyze(conversation)
        let split = ConversationAnalyzer(engine: analyzer.engine, options: small).analyze(conversation)
        #expect(whole == split)
        #expect(whole.conflict.episodes == 20)
    }

    @Test func jsonRoundTripsAndCarriesTheDocumentedFields() throws {
        let report = analyzer.analyze(ReportFixtures.conversation(ReportFixtures.quarrelWithRepair))
        let data = try report.jsonData()
        #expect(try AnalysisReport.decode(data) == report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["schemaVersion", "format", "messages", "events", "unparsedLines", "participants", "privacy", "limits"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let plan = try JSONDecoder().decode(ChatAnalysisSummary.self, from: data)
        #expect(plan.participants.first?.signals == report.participants.first?.signals)
    }
}
