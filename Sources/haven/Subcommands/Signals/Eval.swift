import ArgumentParser
import Foundation
import HavenCore

/// `haven eval`: scores the engine against labelled lines.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the engine against labelled JSON Lines (the classify input plus \"labels\").",
        discussion: "Prints per-label precision, recall, F1 and support, macro-F1 over the four horsemen, F1 of \"any horseman\", the false-alarm rate, and each horseman's average precision (how well the scores rank the lines, whatever the thresholds). Labels other than the horsemen that no line of the file carries are not scored (the file may not label them); how often the engine gave each is listed apart.")

    @Argument(help: "Labelled JSON Lines file.")
    var file: String

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    @Flag(name: .long, help: "Skip malformed lines (reported on stderr) instead of stopping.")
    var keepGoing = false

    @Option(name: .long, help: "Score only every Nth line (with --offset): `--every 5 --offset 4` is the Reddit set's held-out part.")
    var every: Int?

    @Option(name: .long, help: "Which line of each group of --every to score (0-based).")
    var offset = 0

    @Option(name: .long, help: ArgumentHelp(
        "Choose the four horsemen's thresholds on this labelled file instead of using the model's (repeat for several files).",
        discussion: "They are chosen by haven train's rule (best macro-F1 with the share of horseman-free lines flagged under --max-false-alarms) and printed with the report: does the model's choice carry over to other writers?"))
    var thresholdsFrom: [String] = []

    @Option(name: .long, help: "With --thresholds-from: the share of horseman-free lines that may get a horseman.")
    var maxFalseAlarms = ModelTrainer.Defaults.maximumFalseAlarms

    func validate() throws {
        if let every, every < 1 { throw ValidationError("--every must be 1 or more") }
        if let every, offset < 0 || offset >= every { throw ValidationError("--offset must be between 0 and \(every - 1)") }
        guard (0...1).contains(maxFalseAlarms) else {
            throw ValidationError("--max-false-alarms is a share between 0 and 1, such as 0.03 (got \(maxFalseAlarms)).")
        }
    }

    func run() throws {
        var engine = try loadEngine()
        let chosen = try chooseThresholds(engine)
        if let chosen { engine = engine.withThresholds(chosen.thresholds) }
        var source = try JSONLinesInput(path: file)
        var report = EvaluationReport()
        var ranking = RankingReport()
        var unlabelled = 0
        var index = -1
        while let (line, record) = source.next() {
            index += 1
            if let every, index % every != offset { continue }
            switch record {
            case let .success(item):
                guard let truth = item.labels else { unlabelled += 1; continue }
                let result = engine.analyze(item.text, speaker: item.speaker, context: item.context)
                report.add(predicted: Set(result.labels.map(\.rawValue)), actual: Set(truth))
                ranking.add(scores: result.scores, actual: Set(truth))
            case let .failure(error):
                reportBadLine(line, error)
                if !keepGoing { throw ExitCode.failure }
            }
        }
        if unlabelled > 0 { printError("\(unlabelled) line(s) had no \"labels\" field and were not scored") }
        print(json ? EvaluationFormatter.json(report, ranking: ranking, chosen: chosen) : EvaluationFormatter.table(report, ranking: ranking, chosen: chosen))
    }

    /// The thresholds chosen on the `--thresholds-from` files, or `nil` without them.
    private func chooseThresholds(_ engine: SignalEngine) throws -> ChosenThresholds? {
        guard !thresholdsFrom.isEmpty else { return nil }
        var chooser = HorsemanThresholdChooser(engine: engine)
        for path in thresholdsFrom {
            var source = try JSONLinesInput(path: path)
            while let (line, record) = source.next() {
                switch record {
                case let .success(item):
                    guard let labels = item.labels else {
                        throw CLIError.badLine(file: path, line: line, message: "no \"labels\" field: thresholds are chosen on labelled lines only")
                    }
                    chooser.add(item.text, speaker: item.speaker, context: item.context, labels: Set(labels))
                case let .failure(error):
                    throw CLIError.badLine(file: path, line: line, message: error.description)
                }
            }
        }
        guard chooser.lineCount > 0 else { throw CLIError.noInput("the --thresholds-from files hold no labelled lines") }
        return ChosenThresholds(files: thresholdsFrom, lines: chooser.lineCount, ceiling: maxFalseAlarms,
                                thresholds: chooser.choose(maximumFalseAlarms: maxFalseAlarms))
    }
}
