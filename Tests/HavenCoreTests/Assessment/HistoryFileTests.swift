import Foundation
import Testing
@testable import HavenCore

@Suite struct HistoryFileTests {
    private func temporaryFile() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("haven-history-\(UUID().uuidString).jsonl")
    }

    private func result(_ total: Double, day: Int) -> AssessmentResult {
        AssessmentResult(
            questionnaireID: "csi-4", questionnaireVersion: "1", date: Date(timeIntervalSince1970: Double(day) * 86_400),
            answers: [1, 2, 3, 4], scores: ["total": total], missing: ["total": 0], flags: ["distressed": total < 13.5])
    }

    @Test func appendsOneLinePerResultAndReadsThemBack() throws {
        let url = temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        let file = HistoryFile(url: url)
        try file.append(result(16, day: 1))
        try file.append(result(10, day: 2))
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 2)
        #expect(text.hasSuffix("\n"))
        let history = try file.load()
        #expect(history.results.map { $0.scores["total"] } == [16, 10])
        #expect(history.results[0] == result(16, day: 1))
        #expect(history.issues.isEmpty)
    }

    @Test func missingFileIsAnEmptyHistory() throws {
        let history = try HistoryFile(url: temporaryFile()).load()
        #expect(history.results.isEmpty && history.issues.isEmpty)
    }

    @Test func corruptedLinesAreReportedAndTheRestKept() throws {
        let url = temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        let file = HistoryFile(url: url)
        try file.append(result(16, day: 1))
        let handle = try FileHandle(forWritingTo: url)
        handle.seekToEndOfFile()
        handle.write(Data("{\"questionnaireID\": \"csi-4\", oops\n\n{\"questionnaireID\":\"csi-4\"}\n".utf8))
        try handle.close()
        try file.append(result(10, day: 3))
        let history = try file.load()
        #expect(history.results.count == 2)
        #expect(history.issues.map(\.line) == [2, 4])
        #expect(history.issues[0].reason == "not valid JSON")
        #expect(history.issues[1].reason.contains("missing field"))
    }

    @Test func appendingNeverRewritesEarlierBytes() throws {
        let url = temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        // A hand-edited file whose last line lacks its newline.
        let before = Data("not json at all".utf8)
        try before.write(to: url)
        let file = HistoryFile(url: url)
        try file.append(result(12, day: 5))
        let after = try Data(contentsOf: url)
        #expect(after.prefix(before.count) == before)
        let history = try file.load()
        #expect(history.results.count == 1)
        #expect(history.issues == [HistoryIssue(line: 1, reason: "not valid JSON")])
    }

    @Test func aFileWithNoResultIsRefusedNotAppendedTo() throws {
        let url = temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        let chat = Data("12/01/2024, 09:00 - Ana: hi\n12/01/2024, 09:01 - Leo: hey\n".utf8)
        try chat.write(to: url)
        #expect(throws: HistoryError.notAHistory(file: url.path, lines: 2, first: HistoryIssue(line: 1, reason: "not valid JSON"))) {
            try HistoryFile(url: url).load()
        }
        #expect(try Data(contentsOf: url) == chat)
        let blank = temporaryFile()
        defer { try? FileManager.default.removeItem(at: blank) }
        try Data("\n\n".utf8).write(to: blank)
        #expect(try HistoryFile(url: blank).load().results.isEmpty, "blank lines are an empty history, not a wrong file")
        let damaged = temporaryFile()
        defer { try? FileManager.default.removeItem(at: damaged) }
        try Data(#"{"questionnaireID": "csi-4", "date": "not a date"}"#.utf8).write(to: damaged)
        let kept = try HistoryFile(url: damaged).load()
        #expect(kept.results.isEmpty && kept.issues.count == 1, "a history whose only result is damaged is still a history")
    }

    @Test func latestAndPreviousPerQuestionnaire() {
        let other = AssessmentResult(questionnaireID: "ecr-r", questionnaireVersion: "1", date: Date(timeIntervalSince1970: 0), answers: [], scores: [:])
        let history = AssessmentHistory(results: [result(10, day: 3), other, result(16, day: 1), result(12, day: 2)])
        #expect(history.latestPerQuestionnaire()["csi-4"]?.scores["total"] == 10)
        #expect(history.previous(for: "csi-4")?.scores["total"] == 12)
        #expect(history.previous(for: "ecr-r") == nil)
    }

    @Test func progressSurvivesARoundTrip() throws {
        let url = temporaryFile()
        defer { AssessmentProgress.clear(at: url) }
        let q = try QuestionnaireCatalog.bundled().questionnaire("haven-security")
        var progress = AssessmentProgress(questionnaire: q, started: Date(timeIntervalSince1970: 1_000))
        progress.answers[0] = 4
        progress.position = 1
        try progress.save(to: url)
        let loaded = try #require(AssessmentProgress.load(from: url))
        #expect(loaded == progress)
        #expect(loaded.matches(q))
        #expect(!loaded.matches(try QuestionnaireCatalog.bundled().questionnaire("haven-wellbeing")))
    }
}
