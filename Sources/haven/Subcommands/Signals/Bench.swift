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

        let engineRates = (0..<runs).map { _ in
            rate(messages.count) { for m in messages { _ = engine.analyze(m) } }
        }
        let contextRates = (0..<runs).map { _ in
            rate(messages.count) {
                for dialogue in dialogues {
                    var summaries: [TurnSummary] = []
                    for (speaker, text) in dialogue {
                        let (_, summary) = engine.analyzeAndSummarize(text, speaker: speaker, contextSummaries: Array(summaries.suffix(3)))
                        summaries.append(summary)
                    }
                }
            }
        }
        let engineRate = median(engineRates.map(\.wall)), contextRate = median(contextRates.map(\.wall))
        print("                                                   wall clock    CPU time")
        print(String(format: "engine, one core, no context:                     %10.0f  %10.0f messages/s", engineRate, median(engineRates.map(\.cpu))))
        print(String(format: "engine, one core, each with its context:          %10.0f  %10.0f messages/s", contextRate, median(contextRates.map(\.cpu))))
        let runOn = runOnMessage(from: messages, bytes: 1_000_000)
        let runOnTimes = (0..<runs).map { _ in rate(1) { _ = engine.analyze(runOn) } }
        print(String(format: "engine, one 1 MB message with no full stop:       %10.3f  %10.3f s", 1 / median(runOnTimes.map(\.wall)), 1 / median(runOnTimes.map(\.cpu))))

        let cores = ProcessInfo.processInfo.activeProcessorCount
        let classify = try measureClassify(dialogues: dialogues)
        print(String(format: "haven classify end to end (context, file to file): %10.0f  %10.0f lines/s (%d lines, %d threads)", classify.rate, classify.cpuRate, classify.lines, cores))
        print(String(format: "haven classify, the same with --threads 1:         %10.0f  %10.0f lines/s", classify.oneThreadRate, classify.oneThreadCPURate))
        print(String(format: "haven classify start-up (empty input):             %10.3f  %10.3f s", classify.startup.wall, classify.startup.cpu))
        print(String(format: "load average while measuring: %.2f (CPU-time rates are less affected by other work on the machine;", loadAverage()))
        print("for classify they count the CPU time of all its threads)")

        if let vader = noVader ? nil : VaderBaseline.measure(corpora: corpora) {
            print(String(format: "VADER (vaderSentiment, Python, same utterances):           %10.0f messages/s", vader))
            print(String(format: "ratio engine / VADER: %.1fx; classify / VADER: %.1fx", engineRate / vader, classify.rate / vader))
        } else {
            print("VADER: not measured (pip install vaderSentiment==3.3.2 to compare)")
        }
    }

    /// The corpus lines joined into one sentence of at least `bytes` bytes, every character that
    /// ends a sentence (full stops, question and exclamation marks, ellipses, line breaks) made a
    /// comma: the worst case for anything that reads a whole sentence per word.
    private func runOnMessage(from messages: [String], bytes: Int) -> String {
        var text = ""
        let sentenceEnds = Set(".!?\n\r\u{2026}\u{BF}\u{A1}".unicodeScalars)
        for line in messages {
            var message = String.UnicodeScalarView()
            message.append(contentsOf: line.unicodeScalars.map { sentenceEnds.contains($0) ? "," : $0 })
            text += String(message)
            text += " and "
            if text.utf8.count >= bytes { break }
        }
        return text
    }

    /// Writes the dialogues as classify input, runs this binary's `classify` on it and times it.
    private func measureClassify(dialogues: [[(String, String)]]) throws -> ClassifyTimes {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("haven-bench-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.jsonl")
        var text = ""
        var lines = 0
        // The corpus three times over (about 88,000 lines), so the fixed start-up cost, reported
        // on its own below, does not dominate a bulk rate.
        for (d, dialogue) in (dialogues + dialogues + dialogues).enumerated() {
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
        let empty = dir.appendingPathComponent("empty.jsonl")
        try Data().write(to: empty)
        func timeRun(_ file: URL, threads: [String] = []) throws -> (wall: Double, cpu: Double) {
            let before = childCPUSeconds()
            let process = Process()
            process.executableURL = executable
            process.arguments = ["classify", "--input", file.path, "--output", dir.appendingPathComponent("out.jsonl").path] + threads
            let start = DispatchTime.now()
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw ExitCode.failure }
            return (Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9, childCPUSeconds() - before)
        }
        let full = try (0..<runs).map { _ in try timeRun(input) }
        let oneThread = try (0..<runs).map { _ in try timeRun(input, threads: ["--threads", "1"]) }
        let startups = try (0..<runs).map { _ in try timeRun(empty) }
        return ClassifyTimes(
            lines: lines,
            rate: Double(lines) / median(full.map(\.wall), lowest: true), cpuRate: Double(lines) / median(full.map(\.cpu), lowest: true),
            oneThreadRate: Double(lines) / median(oneThread.map(\.wall), lowest: true),
            oneThreadCPURate: Double(lines) / median(oneThread.map(\.cpu), lowest: true),
            startup: (median(startups.map(\.wall)), median(startups.map(\.cpu))))
    }
}

/// What `haven bench` measures of `haven classify`: lines per second by the wall clock and per
/// CPU-second, with every core and with one thread, and the start-up time.
private struct ClassifyTimes {
    let lines: Int
    let rate: Double
    let cpuRate: Double
    let oneThreadRate: Double
    let oneThreadCPURate: Double
    let startup: (wall: Double, cpu: Double)
}

/// Items per second for a block of work, by the wall clock and by this thread's CPU time.
func rate(_ count: Int, _ work: () -> Void) -> (wall: Double, cpu: Double) {
    let start = DispatchTime.now()
    let cpuStart = threadCPUSeconds()
    work()
    let cpu = threadCPUSeconds() - cpuStart
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    return (Double(count) / max(seconds, 1e-9), Double(count) / max(cpu, 1e-9))
}

/// CPU time used by the calling thread.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// CPU time (user + system) used by finished child processes.
func childCPUSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
    #else
    getrusage(RUSAGE_CHILDREN, &usage)
    #endif
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// The one-minute load average.
func loadAverage() -> Double {
    var loads = [Double](repeating: 0, count: 3)
    return getloadavg(&loads, 3) > 0 ? loads[0] : 0
}

/// The median of some numbers (`lowest` picks the lower middle for times).
func median(_ values: [Double], lowest: Bool = false) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted[(sorted.count - (lowest ? 1 : 0)) / 2]
}
