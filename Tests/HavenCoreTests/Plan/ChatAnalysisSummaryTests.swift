import Foundation
import Testing
@testable import HavenCore

@Suite struct ChatAnalysisSummaryTests {
    @Test func decodesASubsetLeniently() throws {
        let json = """
        {"schemaVersion": 3, "chat": {"messages": 400},
         "participants": [
           {"name": "Sam", "messages": 210, "signals": {"criticism": 4, "we-talk": 12}, "extra": [1, 2]},
           {"name": "Alex", "messages": 190},
           {"messages": 0, "signals": {"repair": 2.6}}
         ]}
        """
        let summary = try JSONDecoder().decode(ChatAnalysisSummary.self, from: Data(json.utf8))
        #expect(summary.participants.count == 3)
        #expect(summary.participants[0].signals == ["criticism": 4, "we-talk": 12])
        #expect(summary.participants[1].signals.isEmpty)
        #expect(summary.participants[2].signals == ["repair": 3])
        #expect(abs(summary.participants[0].rate("criticism") - 4.0 / 210) < 1e-12)
        #expect(summary.participants[2].rate("repair") == 0)
    }

    @Test("A file that is not an analysis is a clear error, not an analysis that found nothing", arguments: [
        "[1, 2]", "{}", #"{"name": "Sam", "type": "personal_chat", "messages": []}"#, #"{"participants": "Sam"}"#,
    ])
    func notAnAnalysisIsAClearError(content: String) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("analysis-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(content.utf8).write(to: url)
        #expect(throws: PlanError.unreadableAnalysis(file: url.path, reason: "expected the JSON object written by `haven analyze --json`")) {
            try ChatAnalysisSummary.read(url)
        }
    }
}
