import Foundation
import Testing

/// End-to-end runs of the built `haven` binary.
@Suite(.serialized) struct AssessCommandTests {
    @Test func ecrrJSONForScripts() throws {
        // All 4s: anxiety and avoidance are 4 (8 − 4 = 4 for reverse-keyed items).
        let dir = try CLI.temporaryDirectory()
        let answers = try CLI.write("[" + Array(repeating: "4", count: 36).joined(separator: ",") + "]", to: dir, "ecr.json")
        let run = try CLI.run(["assess", "ecr-r", "--answers", answers, "--json"])
        #expect(run.status == 0)
        let object = try CLI.json(run.stdout)
        #expect(object["schemaVersion"] as? Int == 1)
        let scores = try #require(object["scores"] as? [String: Double])
        #expect(scores == ["anxiety": 4, "avoidance": 4])
        #expect((object["attachment"] as? [String: Any])?["closestPrototype"] != nil)
    }

    @Test(arguments: [("[5,4,4,3]", 16.0, false), ("[4,3,3,3]", 13.0, true)])
    func csi4JSONForScripts(answers: String, total: Double, distressed: Bool) throws {
        let dir = try CLI.temporaryDirectory()
        let file = try CLI.write(answers, to: dir, "csi.json")
        let run = try CLI.run(["assess", "csi-4", "--answers", file, "--json"])
        #expect(run.status == 0)
        let object = try CLI.json(run.stdout)
        #expect(object["scores"] as? [String: Double] == ["total": total])
        #expect(object["distressed"] as? Bool == distressed)
    }

    @Test func ownQuestionnaireByIDWithHistoryAndChange() throws {
        let dir = try CLI.temporaryDirectory()
        let first = try CLI.write("[2,2,2,4,4,2,4,2,2,4]", to: dir, "a.json")
        let second = try CLI.write("[5,5,5,1,1,5,1,5,5,1]", to: dir, "b.json")
        let history = dir.appendingPathComponent("h.jsonl").path
        let one = try CLI.run(["assess", "haven-security", "--answers", first, "--history", history, "--date", "2026-01-01", "--json"])
        #expect(one.status == 0)
        let two = try CLI.run(["assess", "haven-security", "--answers", second, "--history", history, "--date", "2026-02-01", "--json"])
        #expect(two.status == 0)
        // First: items reversed 4, 5, 7, 10 → all 2; mean 2. Second: reversed → 5; mean 5.
        let object = try CLI.json(two.stdout)
        #expect((object["scores"] as? [String: Double])?["security"] == 5)
        let change = try #require((object["change"] as? [[String: Any]])?.first)
        #expect(change["before"] as? Double == 2)
        #expect(change["reliable"] as? Bool == true)
        #expect(change["direction"] as? String == "improved")
        let lines = try String(contentsOfFile: history, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
    }

    @Test func humanOutputAndHTMLPage() throws {
        let dir = try CLI.temporaryDirectory()
        let answers = try CLI.write("[6,6,2,6,2,6,2,6,6,2,6,2]", to: dir, "a.json")
        let html = dir.appendingPathComponent("page.html").path
        let run = try CLI.run(["assess", "haven-attachment", "--answers", answers, "--html", html])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Closest prototype: fearful"))
        #expect(run.stdout.contains("avoidance →"))
        #expect(!run.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("<svg") && page.contains("<circle"))
        #expect(!page.contains("<script"))
    }

    @Test func unknownQuestionnaireListsTheKnownOnes() throws {
        let run = try CLI.run(["assess", "phq-9", "--answers", "/dev/null"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("Unknown questionnaire 'phq-9'"))
        #expect(run.stderr.contains("ecr-r"))
    }

    @Test(arguments: [
        ("[5,4,9,3]", "item 3: answer 9 is outside the scale 0–5"),
        ("[5,4,null,3]", "subscale 'total'"),
        ("[5,4,3]", "4 items but 3 answers"),
        ("[5,4,\"x\",3]", "entry 3 (item 3) is the text \"x\""),
        ("[5,4,", "not valid JSON"),
        ("\n", "not valid JSON (the file is empty)"),
    ])
    func badAnswersAreClearErrors(content: String, message: String) throws {
        let dir = try CLI.temporaryDirectory()
        let file = try CLI.write(content, to: dir, "bad.json")
        let history = dir.appendingPathComponent("h.jsonl").path
        let run = try CLI.run(["assess", "csi-4", "--answers", file, "--history", history])
        #expect(run.status != 0)
        #expect(run.stderr.contains(message))
        #expect(!run.stderr.contains("Fatal error"))
        #expect(!FileManager.default.fileExists(atPath: history), "nothing is written on a bad input")
    }

    @Test func corruptedHistoryIsReportedAndKept() throws {
        let dir = try CLI.temporaryDirectory()
        let answers = try CLI.write("[5,4,4,3]", to: dir, "csi.json")
        let history = dir.appendingPathComponent("h.jsonl")
        _ = try CLI.run(["assess", "csi-4", "--answers", answers, "--history", history.path, "--date", "2026-01-01"])
        let handle = try FileHandle(forWritingTo: history)
        handle.seekToEndOfFile()
        handle.write(Data("garbage line\n".utf8))
        try handle.close()
        let before = try Data(contentsOf: history)
        let run = try CLI.run(["assess", "csi-4", "--answers", answers, "--history", history.path, "--date", "2026-02-01", "--json"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("line 2: not valid JSON"))
        let object = try CLI.json(run.stdout)
        #expect((object["historyIssues"] as? [[String: Any]])?.first?["line"] as? Int == 2)
        #expect((object["change"] as? [Any])?.count == 1, "the readable earlier result is still compared")
        let after = try Data(contentsOf: history)
        #expect(after.prefix(before.count) == before)
        #expect(String(decoding: after, as: UTF8.self).split(separator: "\n").count == 3)
    }

    @Test func answersAreRequiredWithoutATerminal() throws {
        let run = try CLI.run(["assess", "csi-4"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--answers FILE"))
    }

    @Test func movementOnThePlaneAfterThreeResults() throws {
        let dir = try CLI.temporaryDirectory()
        let history = dir.appendingPathComponent("h.jsonl").path
        // Anxiety items 1–6 (3 and 5 reversed), avoidance items 7–12 (7, 10, 12 reversed).
        let runs = [
            ("[6,6,2,6,2,6,2,6,6,2,6,2]", "2026-01-01"),  // anxiety 6, avoidance 6
            ("[4,4,4,4,4,4,4,4,4,4,4,4]", "2026-02-01"),  // 4, 4
            ("[2,2,6,2,6,2,6,2,2,6,2,6]", "2026-03-01"),  // 2, 2
        ]
        var last = ""
        for (answers, date) in runs {
            let file = try CLI.write(answers, to: dir, "\(date).json")
            let run = try CLI.run(["assess", "haven-attachment", "--answers", file, "--history", history, "--date", date])
            #expect(run.status == 0)
            last = run.stdout
        }
        #expect(last.contains("Movement since your first result (2026-01-01, 3 results)"))
        #expect(last.contains("anxiety: 6 → 2"))
        #expect(last.contains("Closest prototype: secure"))
    }

    @Test func invalidDateIsRejected() throws {
        let run = try CLI.run(["assess", "csi-4", "--answers", "/dev/null", "--date", "2026-13-45"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("YYYY-MM-DD"))
    }
}
