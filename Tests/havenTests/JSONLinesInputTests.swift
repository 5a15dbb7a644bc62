import Foundation
import Testing
@testable import haven

@Suite("JSONLinesInput reads classify's input a batch at a time")
struct JSONLinesInputTests {
    @Test("A batch ends at its line count or once its lines hold the byte limit; blank lines are skipped but counted")
    func batchLimits() throws {
        let dir = try CLI.temporaryDirectory()
        let long = String(repeating: "x", count: 40)
        let path = try CLI.write("a1\n\nb22\n  \n\(long)\nc3\nd4\ne5\n", to: dir, "in.jsonl")
        var input = try JSONLinesInput(path: path)
        let first = input.nextBatch(maxLines: 2, maxBytes: 1_000)
        #expect(first.numbers == [1, 3])
        #expect(first.lines.map { String(decoding: $0, as: UTF8.self) } == ["a1", "b22"])
        // The 40-byte line passes the 10-byte limit: the batch ends after it, not before.
        let second = input.nextBatch(maxLines: 10, maxBytes: 10)
        #expect(second.numbers == [5])
        let third = input.nextBatch(maxLines: 10, maxBytes: 4)
        #expect(third.numbers == [6, 7])
        let fourth = input.nextBatch(maxLines: 10, maxBytes: 1_000)
        #expect(fourth.numbers == [8])
        #expect(input.nextBatch(maxLines: 10, maxBytes: 1_000).lines.isEmpty)
    }

    @Test("A bad line on either side of a batch edge stops classify at that line", arguments: [Classify.batchLines, Classify.batchLines + 1])
    func badLineAtBatchEdge(bad: Int) throws {
        let dir = try CLI.temporaryDirectory()
        var text = ""
        for index in 1...(Classify.batchLines + 5) {
            text += index == bad ? "not json\n" : "{\"id\":\"\(index)\",\"text\":\"ok \(index)\"}\n"
        }
        let run = try CLI.run(["classify", "--input", try CLI.write(text, to: dir, "in.jsonl")])
        #expect(run.status == 1)
        #expect(run.stderr.contains("line \(bad): not valid JSON"))
        let ids = try run.stdout.split(separator: "\n").map { try CLI.json(String($0))["id"] as? String }
        #expect(ids == (1..<bad).map { "\($0)" })
    }
}
