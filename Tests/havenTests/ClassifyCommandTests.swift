import Foundation
import Testing
@testable import haven

@Suite("haven classify, eval and check", .serialized)
struct ClassifyCommandTests {
    @Test("One output line per input line, same order, with every field")
    func linesInOrder() throws {
        let dir = try CLI.temporaryDirectory()
        let input = try CLI.write("""
        {"id":"a","text":"you never listen, you're so selfish"}
        {"id":"b","text":"thank you, that means a lot","speaker":"A","context":[{"speaker":"B","text":"I made dinner"}]}

        {"id":"c","text":"whatever.","speaker":"A","context":[{"speaker":"B","text":"you forgot my birthday again"}]}
        """, to: dir, "in.jsonl")
        let run = try CLI.run(["classify", "--input", input])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let objects = try lines.map(CLI.json)
        #expect(objects.map { $0["id"] as? String } == ["a", "b", "c"])
        #expect((objects[0]["labels"] as? [String])?.contains("criticism") == true)
        #expect((objects[2]["labels"] as? [String])?.contains("stonewalling") == true)
        #expect(objects.allSatisfy { $0["safety"] is [Any] && $0["scores"] is [String: Any] && $0["findings"] is [Any] })
    }

    @Test("A malformed line stops the run with its line number; nothing after it is written")
    func malformedStops() throws {
        let dir = try CLI.temporaryDirectory()
        let input = try CLI.write("{\"id\":\"1\",\"text\":\"hi\"}\n{\"id\":\"2\"}\n{\"id\":\"3\",\"text\":\"yo\"}\n", to: dir, "in.jsonl")
        let run = try CLI.run(["classify", "--input", input])
        #expect(run.status == 1)
        #expect(run.stderr.contains("line 2: missing required field \"text\""))
        #expect(run.stdout.split(separator: "\n").count == 1)
    }

    @Test("Across batches: --threads 1 and --threads 3 write the same lines, and a bad line in the second batch stops the run there")
    func batchesAndThreads() throws {
        let dir = try CLI.temporaryDirectory()
        let count = Classify.batchLines + 300
        let bad = Classify.batchLines + 123
        var text = ""
        for index in 1...count {
            if index == bad { text += "{\"id\":\"\(index)\",\"text\":[]}\n"; continue }
            if index % 1000 == 0 { text += "\n" }
            let said = ["you never help", "well you started it", "whatever.", "sorry, you're right"][index % 4]
            text += "{\"id\":\"\(index)\",\"speaker\":\"\(index % 2)\",\"text\":\"\(said) \(index)\",\"context\":[{\"speaker\":\"\((index + 1) % 2)\",\"text\":\"you never help \(index - 1)\"}]}\n"
        }
        let input = try CLI.write(text, to: dir, "in.jsonl")
        let one = try CLI.run(["classify", "--input", input, "--threads", "1", "--keep-going"])
        let three = try CLI.run(["classify", "--input", input, "--threads", "3", "--keep-going"])
        #expect(one.status == 0 && three.status == 0)
        #expect(one.stdout == three.stdout)
        let lines = three.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == count)
        let badLine = bad + (bad - 1) / 1000
        #expect(try CLI.json(lines[bad - 1])["error"] as? String == "line \(badLine): field \"text\" must be a string")
        #expect(try CLI.json(lines[bad - 1])["id"] as? String == "\(bad)", "the bad line's own id")
        #expect(try CLI.json(lines[count - 1])["id"] as? String == "\(count)")

        let stopped = try CLI.run(["classify", "--input", input])
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains("line \(badLine): "))
        #expect(stopped.stdout.split(separator: "\n").map(String.init) == Array(lines.prefix(bad - 1)))

        let refused = try CLI.run(["classify", "--input", input, "--threads", "0"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--threads must be between 1 and 256 (got 0)"))
        let huge = try CLI.run(["classify", "--input", input, "--threads", "9223372036854775807"])
        #expect(huge.status != 0)
        #expect(huge.stderr.contains("--threads must be between 1 and 256"))
    }

    @Test("--keep-going writes an error object for the bad line and goes on")
    func keepGoing() throws {
        let dir = try CLI.temporaryDirectory()
        let input = try CLI.write("{\"id\":\"1\",\"text\":\"hi\"}\nnot json\n{\"id\":\"3\",\"text\":\"yo\"}\n", to: dir, "in.jsonl")
        let run = try CLI.run(["classify", "--input", input, "--keep-going"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let error = try CLI.json(lines[1])
        #expect((error["error"] as? String)?.hasPrefix("line 2: not valid JSON") == true)
        #expect(error["id"] is NSNull, "no id can be read from a line that is not JSON")
    }

    @Test("Invalid UTF-8 in a line is reported, not a crash")
    func invalidUTF8() throws {
        let dir = try CLI.temporaryDirectory()
        let url = dir.appendingPathComponent("bad.jsonl")
        try Data([0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D, 0x0A]).write(to: url)
        let run = try CLI.run(["classify", "--input", url.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("line 1: the line is not valid UTF-8"))
    }

    @Test("--output appears only when complete, and a missing input file is a clear error")
    func outputFile() throws {
        let dir = try CLI.temporaryDirectory()
        let input = try CLI.write("{\"id\":\"1\",\"text\":\"hi\"}\n", to: dir, "in.jsonl")
        let output = dir.appendingPathComponent("out.jsonl").path
        #expect(try CLI.run(["classify", "--input", input, "--output", output]).status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("\"id\":\"1\""))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
        let missing = try CLI.run(["classify", "--input", dir.appendingPathComponent("nope.jsonl").path])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("cannot read"))
    }

    @Test("A bad line leaves an --output file as it was: not created, or its old content kept")
    func badLineLeavesOutputFile() throws {
        let dir = try CLI.temporaryDirectory()
        let input = try CLI.write("{\"id\":\"1\",\"text\":\"hi\"}\nnot json\n{\"id\":\"3\",\"text\":\"yo\"}\n", to: dir, "in.jsonl")
        let output = dir.appendingPathComponent("out.jsonl").path
        let fresh = try CLI.run(["classify", "--input", input, "--output", output])
        #expect(fresh.status == 1)
        #expect(fresh.stderr.contains("line 2: not valid JSON"))
        #expect(fresh.stderr.contains("\(output) was left as it was"))
        #expect(!FileManager.default.fileExists(atPath: output))
        try "an earlier run's output\n".write(toFile: output, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["classify", "--input", input, "--output", output]).status == 1)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "an earlier run's output\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
        // With --keep-going the file is written whole, the bad line marked.
        #expect(try CLI.run(["classify", "--input", input, "--output", output, "--keep-going"]).status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").count == 3)
    }

    @Test("--output naming a device writes through it and leaves the device in place (/dev/null must stay /dev/null)")
    func outputToDevice() throws {
        // A link to /dev/zero in a scratch folder stands in for /dev/null: were the device
        // replaced by a plain file, only this link would be lost.
        let dir = try CLI.temporaryDirectory()
        let input = try CLI.write("{\"id\":\"1\",\"text\":\"hi\"}\n", to: dir, "in.jsonl")
        let device = dir.appendingPathComponent("sink").path
        try FileManager.default.createSymbolicLink(atPath: device, withDestinationPath: "/dev/zero")
        #expect(try CLI.run(["classify", "--input", input, "--output", device]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: device) == "/dev/zero")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
        var info = stat()
        #expect(stat("/dev/zero", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("--output through a link to a file replaces the file and keeps the link")
    func outputThroughLink() throws {
        let dir = try CLI.temporaryDirectory()
        let input = try CLI.write("{\"id\":\"1\",\"text\":\"hi\"}\n", to: dir, "in.jsonl")
        let target = try CLI.write("old\n", to: dir, "target.jsonl")
        let link = dir.appendingPathComponent("link.jsonl").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(try CLI.run(["classify", "--input", input, "--output", link]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("\"id\":\"1\""))
    }

    @Test("A write that fails (a full device) is a clear error, not a crash", .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func outputToFullDevice() throws {
        let dir = try CLI.temporaryDirectory()
        let line = "{\"id\":\"1\",\"text\":\"you never listen\"}\n"
        let input = try CLI.write(String(repeating: line, count: 2_000), to: dir, "in.jsonl")
        let run = try CLI.run(["classify", "--input", input, "--output", "/dev/full"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("writing /dev/full failed part-way"))
    }

    @Test("eval prints per-label scores, macro-F1, any-horseman F1 and false alarms")
    func evalReport() throws {
        let dir = try CLI.temporaryDirectory()
        let input = try CLI.write("""
        {"id":"1","text":"you never help, you're so lazy","labels":["criticism"]}
        {"id":"2","text":"see you at six","labels":[]}
        {"id":"3","text":"thanks, love you","labels":["appreciation"]}
        """, to: dir, "gold.jsonl")
        let run = try CLI.run(["eval", input, "--json"])
        #expect(run.status == 0)
        let report = try CLI.json(run.stdout)
        #expect(report["lines"] as? Int == 3)
        let criticism = try #require((report["labels"] as? [String: Any])?["criticism"] as? [String: Any])
        #expect(criticism["f1"] as? Double == 1)
        #expect(report["falseAlarmRate"] as? Double == 0)
        // Only criticism is carried, by the one line that scores highest for it: a perfect ranking.
        #expect((report["averagePrecision"] as? [String: Any])?.keys.sorted() == ["criticism"])
        #expect((report["averagePrecision"] as? [String: Any])?["criticism"] as? Double == 1)
        #expect(report["meanAveragePrecision"] as? Double == 1)
        let table = try CLI.run(["eval", input])
        #expect(table.stdout.contains("macro-F1 (four horsemen)"))
        #expect(table.stdout.contains("false alarms"))
        #expect(table.stdout.contains("average precision (ranking, any threshold): criticism 1.000; mean 1.000"))
    }

    /// One line per horseman and a horseman-free line the model flags for contempt.
    static let allHorsemen = """
    {"id":"1","text":"you never help, you're so lazy","labels":["criticism"]}
    {"id":"2","text":"you're pathetic. honestly a joke of a person","labels":["contempt"]}
    {"id":"3","text":"it's not my fault, nobody told me","speaker":"A","context":[{"speaker":"B","text":"you forgot to pick up the kids again"}],"labels":["defensiveness"]}
    {"id":"4","text":"whatever. i don't want to talk about it","speaker":"A","context":[{"speaker":"B","text":"can we talk about last night?"}],"labels":["stonewalling"]}

    {"id":"5","text":"They look wonderful. How long did they take you?","labels":[]}
    """

    @Test("eval --thresholds-from chooses the horsemen's thresholds on other files, applies them and prints them")
    func evalWithChosenThresholds() throws {
        let dir = try CLI.temporaryDirectory()
        let gold = try CLI.write(Self.allHorsemen, to: dir, "gold.jsonl")
        let own = try CLI.json(CLI.run(["eval", gold, "--json"]).stdout)
        #expect(own["chosenThresholds"] == nil)
        // The model flags the horseman-free line; thresholds chosen with no false alarms allowed must not.
        try #require(own["falseAlarms"] as? Int == 1)
        let run = try CLI.run(["eval", gold, "--json", "--thresholds-from", gold, "--max-false-alarms", "0"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try CLI.json(run.stdout)
        #expect(report["falseAlarms"] as? Int == 0)
        let chosen = try #require(report["chosenThresholds"] as? [String: Any])
        #expect(chosen["files"] as? [String] == [gold])
        #expect(chosen["lines"] as? Int == 5)
        #expect(chosen["maximumFalseAlarms"] as? Double == 0)
        #expect(chosen["falseAlarmRate"] as? Double == 0)
        let thresholds = try #require(chosen["thresholds"] as? [String: Double])
        #expect(thresholds.keys.sorted() == ["contempt", "criticism", "defensiveness", "stonewalling"])
        let table = try CLI.run(["eval", gold, "--thresholds-from", gold, "--thresholds-from", gold])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("horseman thresholds chosen on 10 lines of \(gold), \(gold) (false-alarm ceiling 0.027; "))
    }

    @Test("eval --thresholds-from names the file and line of a bad line, and the horseman no line carries")
    func evalWithChosenThresholdsBadInput() throws {
        let dir = try CLI.temporaryDirectory()
        let gold = try CLI.write(Self.allHorsemen, to: dir, "gold.jsonl")
        let unlabelled = try CLI.write("""
        {"id":"a","text":"see you at six","labels":[]}
        {"id":"b","text":"you never help"}
        """, to: dir, "unlabelled.jsonl")
        let run = try CLI.run(["eval", gold, "--thresholds-from", unlabelled])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(unlabelled): line 2: no \"labels\" field"))
        #expect(run.stdout.isEmpty)
        let broken = try CLI.write("{\"id\":\"a\",\"text\":\"hi\",\"labels\":[]}\n{not json\n", to: dir, "broken.jsonl")
        let bad = try CLI.run(["eval", gold, "--thresholds-from", broken])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("\(broken): line 2:"))
        let noStonewalling = try CLI.write(Self.allHorsemen.split(separator: "\n").filter { !$0.contains("stonewalling") }.joined(separator: "\n"), to: dir, "three.jsonl")
        let missingLabel = try CLI.run(["eval", gold, "--thresholds-from", noStonewalling])
        #expect(missingLabel.status == 1)
        #expect(missingLabel.stderr.contains("no line carries \"stonewalling\""))
        #expect(missingLabel.stdout.isEmpty)
        let missing = try CLI.run(["eval", gold, "--thresholds-from", dir.appendingPathComponent("nope.jsonl").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot read"))
        let ceiling = try CLI.run(["eval", gold, "--thresholds-from", gold, "--max-false-alarms", "3"])
        #expect(ceiling.status != 0)
        #expect(ceiling.stderr.contains("--max-false-alarms is a share between 0 and 1"))
        let alone = try CLI.run(["eval", gold, "--max-false-alarms", "0.02"])
        #expect(alone.status != 0)
        #expect(alone.stderr.contains("give that option too"))
        let twice = try CLI.run(["eval", "-", "--thresholds-from", "-"])
        #expect(twice.status != 0)
        #expect(twice.stderr.contains("standard input (-) can be read only once"))
    }

    @Test("eval leaves out labels no line of the file carries and says how often they were given")
    func evalUnscoredLabels() throws {
        let dir = try CLI.temporaryDirectory()
        let input = try CLI.write("""
        {"id":"1","text":"you never help, you're so lazy","labels":["criticism"]}
        {"id":"2","text":"let's sit down together and work this out as a team","labels":[]}
        """, to: dir, "gold.jsonl")
        let run = try CLI.run(["eval", input, "--json"])
        #expect(run.status == 0)
        let report = try CLI.json(run.stdout)
        let labels = try #require(report["labels"] as? [String: Any])
        #expect(labels["we-talk"] == nil)
        #expect((report["unscoredPredictions"] as? [String: Any])?["we-talk"] as? Int == 1)
        let table = try CLI.run(["eval", input])
        #expect(!table.stdout.contains("\nwe-talk "))
        #expect(table.stdout.contains("not scored (no line of this file carries them, so it may not label them): we-talk given to 1 line"))
    }

    @Test("check shows the evidence, the antidote and a rewrite; --json adds rewrites")
    func check() throws {
        let run = try CLI.run(["check", "you never help with the dishes"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("[you never help]"))
        #expect(run.stdout.contains("Instead:"))
        #expect(run.stdout.contains("I feel hurt when you don't help with the dishes"))
        #expect(!run.stdout.contains("\u{1B}["))
        let json = try CLI.json(try CLI.run(["check", "--json", "you never help with the dishes"]).stdout)
        #expect((json["rewrites"] as? [String: String])?["criticism"] != nil)
        #expect(json["schemaVersion"] as? Int == 1)
    }

    @Test("A context file written on Windows (byte-order mark, CRLF) reads turn by turn")
    func contextFileFromWindows() throws {
        let directory = try CLI.temporaryDirectory()
        let path = try CLI.write("\u{FEFF}" + #"{"speaker": "A", "text": "home at last"}"# + "\r\nB: you forgot the kids\r\n", to: directory, "context.txt")
        let turns = try ContextFileReader.read(path)
        #expect(turns.map(\.speaker) == ["A", "B"])
        #expect(turns.map(\.text) == ["home at last", "you forgot the kids"])
    }

    @Test("check --explain shows how each score comes about, in text and in JSON")
    func checkExplain() throws {
        let run = try CLI.run(["check", "--explain", "you never help with anything"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Why these scores"))
        #expect(run.stdout.contains("criticism.never"))
        let json = try CLI.json(try CLI.run(["check", "--json", "--explain", "you never help with anything"]).stdout)
        let breakdown = try #require(json["breakdown"] as? [String: Any])
        let criticism = try #require(breakdown["criticism"] as? [String: Any])
        let parts = try #require(criticism["parts"] as? [[String: Any]])
        #expect(parts.contains { $0["feature"] as? String == "criticism.never" })
        #expect(try CLI.json(try CLI.run(["check", "--json", "you never help with anything"]).stdout)["breakdown"] == nil)
    }

    @Test("check --explain says when a rule lowered a score under the threshold, and from where")
    func checkExplainLowered() throws {
        let text = "do you ever think about having kids?"
        let run = try CLI.run(["check", "--explain", text])
        #expect(run.status == 0)
        #expect(run.stdout.contains("lowered from 0."))
        #expect(run.stdout.contains("counter.topic-question rules criticism out"))
        let json = try CLI.json(try CLI.run(["check", "--json", "--explain", text]).stdout)
        let criticism = try #require((json["breakdown"] as? [String: Any])?["criticism"] as? [String: Any])
        #expect(criticism["loweredBy"] as? String == "counter.topic-question")
        let score = try #require(criticism["score"] as? Double), threshold = try #require(criticism["threshold"] as? Double)
        #expect(score < threshold)
        #expect(try #require(criticism["learnedScore"] as? Double) >= threshold)
    }

    @Test("classify and eval read a file that starts with a byte-order mark")
    func byteOrderMark() throws {
        let directory = try CLI.temporaryDirectory()
        let path = try CLI.write("\u{FEFF}" + #"{"id":"a","text":"you never help with anything","labels":["criticism"]}"# + "\r\n", to: directory, "bom.jsonl")
        let classify = try CLI.run(["classify", "--input", path])
        #expect(classify.status == 0, "\(classify.stderr)")
        #expect(try CLI.json(classify.stdout)["id"] as? String == "a")
        let eval = try CLI.run(["eval", path])
        #expect(eval.status == 0, "\(eval.stderr)")
        #expect(eval.stdout.contains("lines: 1"))
    }
}
