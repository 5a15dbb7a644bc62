import ArgumentParser
import Foundation
import HavenCore

/// `haven bench`: measures the engine and `haven classify` on real dialogue, beside VADER.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure speed: engine messages/s on one core and classify lines/s end to end, beside VADER.",
        discussion: "Uses the MELD and DailyDialog utterances (the same texts VADER's benchmark scores). Build with -c release first.")

    @Option(name: .long, help: "The corpora folder.")
    var corpora = "../shared/data/corpora"

    @Option(name: .long, help: "Timed runs per measurement (the median is reported).")
    var runs = 5

    @Flag(name: .long, help: "Skip running VADER's Python package.")
    var noVader = false

    func run() throws {
        let engine = try loadEngine()
        let dialogues = try CorpusLoader.dialogues(root: corpora)
        let messages = dialogues.flatMap { $0.map(\.1) }
        print("messages: \(messages.count) utterances from MELD and DailyDialog, mean \(messages.reduce(0) { $0 + $1.count } / max(messages.count, 1)) characters")

        let engineRate = median((0..<runs).map { _ in
            rate(messages.count) { for m in messages { _ = engine.analyze(m) } }
        })
        let contextRate = median((0..<runs).map { _ in
            rate(messages.count) {
                for dialogue in dialogues {
                    var summaries: [TurnSummary] = []
                    for (speaker, text) in dialogue {
                        _ = engine.analyze(text, speaker: speaker, contextSummaries: Array(summaries.suffix(3)))
                        summaries.append(engine.summarize(Turn(speaker: speaker, text: text)))
                    }
                }
            }
        })
        print(String(format: "engine, one core, no context:            %10.0f messages/s", engineRate))
        print(String(format: "engine, one core, each with its context: %10.0f messages/s", contextRate))

        let classifyRate = try measureClassify(dialogues: dialogues)
        print(String(format: "haven classify end to end (3-turn context, file in, file out): %10.0f lines/s", classifyRate))

        if let vader = noVader ? nil : VaderBaseline.measure(corpora: corpora) {
            print(String(format: "VADER (vaderSentiment, Python, same utterances):           %10.0f messages/s", vader))
            print(String(format: "ratio engine / VADER: %.1fx; classify / VADER: %.1fx", engineRate / vader, classifyRate / vader))
        } else {
            print("VADER: not measured (pip install vaderSentiment==3.3.2 to compare)")
        }
    }

    /// Writes the dialogues as classify input, runs this binary's `classify` on it and times it.
    private func measureClassify(dialogues: [[(String, String)]]) throws -> Double {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("haven-bench-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.jsonl")
        var text = ""
        var lines = 0
        for (d, dialogue) in dialogues.enumerated() {
            for (i, (speaker, utterance)) in dialogue.enumerated() {
                var w = JSONWriter()
                w.raw("{"); w.key("id"); w.string("\(d)-\(i)"); w.raw(","); w.key("speaker"); w.string(speaker)
                w.raw(","); w.key("text"); w.string(utterance); w.raw(","); w.key("context"); w.raw("[")
                for (k, turn) in dialogue[max(0, i - 3)..<i].enumerated() {
                    if k > 0 { w.raw(",") }
                    w.raw("{"); w.key("speaker"); w.string(turn.0); w.raw(","); w.key("text"); w.string(turn.1); w.raw("}")
                }
                w.raw("]}\n")
                text += w.output
                lines += 1
            }
        }
        try text.write(to: input, atomically: true, encoding: .utf8)
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let times = try (0..<runs).map { _ -> Double in
            let process = Process()
            process.executableURL = executable
            process.arguments = ["classify", "--input", input.path, "--output", dir.appendingPathComponent("out.jsonl").path]
            let start = DispatchTime.now()
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw ExitCode.failure }
            return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        }
        return Double(lines) / median(times.map { $0 }, lowest: true)
    }
}

/// Items per second for a block of work.
func rate(_ count: Int, _ work: () -> Void) -> Double {
    let start = DispatchTime.now()
    work()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    return Double(count) / max(seconds, 1e-9)
}

/// The median of some numbers (`lowest` picks the lower middle for times).
func median(_ values: [Double], lowest: Bool = false) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted[(sorted.count - (lowest ? 1 : 0)) / 2]
}
