import Foundation
import Testing

@Suite("haven train")
struct TrainCommandTests {
    @Test("Out-of-range options are refused with what is wrong, before any training", arguments: [
        (["--iterations", "0"], "--iterations must be at least 1"),
        (["--max-false-alarms", "2"], "--max-false-alarms is a share between 0 and 1"),
        (["--term-l2=-1"], "--term-l2 must be zero or more"),
        (["--min-term-examples=-3"], "--min-term-examples must be zero or more"),
        (["--examples", "a.jsonl", "b.jsonl", "--example-weights", "1"], "--example-weights needs one weight per --examples file (2 files, 1 weights)"),
        (["--examples", "a.jsonl", "--example-weights=-2"], "--example-weights must be zero or more"),
    ])
    func badOptions(arguments: [String], message: String) throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("haven-train-\(UUID().uuidString).json").path
        let run = try CLI.run(["train", "--output", output] + arguments)
        #expect(run.status != 0)
        #expect(run.stderr.contains(message), "stderr: \(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("A missing examples file is named in the error and nothing is written")
    func missingExamples() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("haven-train-\(UUID().uuidString).json").path
        let run = try CLI.run(["train", "--examples", "/nonexistent/examples.jsonl", "--output", output])
        #expect(run.status != 0)
        #expect(run.stderr.contains("/nonexistent/examples.jsonl"), "stderr: \(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
