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
        "Choose the four horsemen's thresholds on this labelled file instead of using the model's; repeat the option for more files.",
        discussion: "They are chosen by haven train's rule (on a grid of 0.30 to 0.80, the best macro-F1, each threshold's F1 averaged with its neighbours', with at most --max-false-alarms of the horseman-free lines flagged) and printed with the report: does the model's choice carry over to other writers? Every line of these files must be well formed and labelled, and each horseman must be carried by at least one line (--keep-going does not apply to them)."))
    var thresholdsFrom: [String] = []

    @Option(name: .long, help: "With --thresholds-from: the share of horseman-free lines that may get a horseman (default \(ModelTrainer.Defaults.maximumFalseAlarms), as haven train).")
    var maxFalseAlarms: Double?

    func validate() throws {
        if let every, every < 1 { throw ValidationError("--every must be 1 or more") }
        if let every, offset < 0 || offset >= every { throw ValidationError("--offset must be between 0 and \(every - 1)") }
        if let maxFalseAlarms {
            guard !thresholdsFrom.isEmpty else { throw ValidationError("--max-false-alarms is the ceiling for --thresholds-from; give that option too.") }
            guard (0...1).contains(maxFalseAlarms) else {
                throw ValidationError("--max-false-alarms is a share between 0 and 1, such as 0.03 (got \(maxFalseAlarms)).")
            }
        }
        let fromStandardInput = ([file] + thresholdsFrom).filter { $0 == "-" }.count
        guard fromStandardInput <= 1 else {
            throw ValidationError("standard input (-) can be read only once: give files for FILE and --thresholds-from.")
        }
    }

    func run() throws {
        var engine = try loadEngine()
        var source = try JSONLinesInput(path: file)
        let chosen = try chooseThresholds(engine)
        if let chosen { engine = engine.withThresholds(chosen.choice.thresholds) }
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
        try source.checkReadWhole()
        if unlabelled > 0 { printError("\(unlabelled) line(s) had no \"labels\" field and were not scored") }
        guard report.lines > 0 else {
            // A report of zeros would read as a measurement; say instead that nothing was measured.
            printError("\(file): no labelled line to score\(every == nil ? "" : " (with --every \(every!) --offset \(offset))")")
            throw ExitCode.failure
        }
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
                        throw CLIError.badLine(file: source.name, line: line, message: "no \"labels\" field: thresholds are chosen on labelled lines only")
                    }
                    chooser.add(item.text, speaker: item.speaker, context: item.context, labels: Set(labels))
                case let .failure(error):
                    throw CLIError.badLine(file: source.name, line: line, message: error.description)
                }
            }
            try source.checkReadWhole()
        }
        let choice: HorsemanThresholdChoice
        do {
            choice = try chooser.choose(maximumFalseAlarms: maxFalseAlarms ?? ModelTrainer.Defaults.maximumFalseAlarms)
        } catch {
            throw CLIError.cannotChooseThresholds(error)
        }
        if !choice.meetsCeiling {
            printError(String(format: "warning: no thresholds up to 0.80 keep the false alarms of the --thresholds-from files under %g; these flag %.1f%% of their horseman-free lines, the fewest",
                              choice.maximumFalseAlarms, choice.falseAlarms * 100))
        }
        return ChosenThresholds(files: thresholdsFrom, lines: chooser.lineCount, choice: choice)
    }
}
