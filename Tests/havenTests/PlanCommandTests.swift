import Foundation
import Testing

@Suite(.serialized) struct PlanCommandTests {
    private func historyWithConflict(in dir: URL) throws -> String {
        let answers = try CLI.write("[2,4,2,4,4,2,4,4,1,1,1,1,1,1]", to: dir, "conflict.json")
        let history = dir.appendingPathComponent("h.jsonl").path
        let run = try CLI.run(["assess", "haven-conflict", "--answers", answers, "--history", history])
        #expect(run.status == 0)
        return history
    }

    @Test func jsonPlanWithReasonsAndExercises() throws {
        let dir = try CLI.temporaryDirectory()
        let history = try historyWithConflict(in: dir)
        let run = try CLI.run(["plan", "--history", history, "--json"])
        #expect(run.status == 0)
        let object = try CLI.json(run.stdout)
        #expect(object["schemaVersion"] as? Int == 1)
        let steps = try #require(object["steps"] as? [[String: Any]])
        #expect(Set(steps.compactMap { $0["id"] as? String }) == ["team-vs-problem", "benefit-of-doubt", "antidote-criticism"])
        #expect(steps.allSatisfy { ($0["why"] as? [String])?.isEmpty == false })
    }

    @Test func safetyConcernChangesThePlan() throws {
        let dir = try CLI.temporaryDirectory()
        let history = try historyWithConflict(in: dir)
        let run = try CLI.run(["plan", "--history", history, "--safety-concern", "violence"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Talk to a professional"))
        #expect(!run.stdout.contains("Face conflict as a team"))
        #expect(!run.stdout.contains("Give the benefit of the doubt"))
    }

    @Test func analysisIsReadLeniently() throws {
        let dir = try CLI.temporaryDirectory()
        let analysis = try CLI.write("""
        {"participants": [{"name": "Sam", "messages": 100, "signals": {"contempt": 8, "we-talk": 10}, "other": true},
                          {"name": "Alex", "messages": 90, "signals": {}}], "summary": "ignored"}
        """, to: dir, "analysis.json")
        let run = try CLI.run(["plan", "--analysis", analysis, "--json"])
        #expect(run.status == 0)
        let object = try CLI.json(run.stdout)
        #expect(object["professionalSupport"] != nil)
        let unknown = try CLI.run(["plan", "--analysis", analysis, "--participant", "Kim"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("Participants: Sam, Alex"))
    }

    @Test func malformedAnalysisAndMissingInputsAreClearErrors() throws {
        let dir = try CLI.temporaryDirectory()
        let bad = try CLI.write("not json", to: dir, "analysis.json")
        let run = try CLI.run(["plan", "--analysis", bad])
        #expect(run.status != 0)
        #expect(run.stderr.contains("haven analyze --json"))
        let none = try CLI.run(["plan"])
        #expect(none.status != 0)
        #expect(none.stderr.contains("--history"))
    }

    @Test func unknownSafetyConcernStillCountsAsAConcern() throws {
        let dir = try CLI.temporaryDirectory()
        let history = try historyWithConflict(in: dir)
        let run = try CLI.run(["plan", "--history", history, "--safety-concern", "stalking", "--json"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("unknown safety concern 'stalking'"))
        let object = try CLI.json(run.stdout)
        #expect(object["professionalSupport"] != nil)
        let ids = (object["steps"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(!ids.contains("team-vs-problem") && !ids.contains("benefit-of-doubt"))
    }
}
