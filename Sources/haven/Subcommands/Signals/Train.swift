import ArgumentParser
import Foundation
import HavenCore

/// `haven train`: refits the engine's linear model, reproducibly, from the labelled data.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Retrain the signal model from the labelled examples (reproducible: same data, same weights).",
        discussion: """
        Reads Haven's own training files (train.jsonl, and the extra*.jsonl files labelled for
        the codebook's six labels) and the Reddit set labelled with the codebook, leaving
        every 5th Reddit line (the 5th, 10th, …) out as its held-out test part. Writes the model
        JSON that the engine loads; rebuild haven afterwards to ship it.
        """)

    @Option(name: .long, parsing: .upToNextOption, help: "Haven's labelled training files (the held-out test.jsonl is never among them).")
    var examples = ["Data/labelled/train.jsonl", "Data/labelled/extra.jsonl", "Data/labelled/extra-more.jsonl", "Data/labelled/extra-fresh.jsonl", "Data/labelled/extra-fresh-2.jsonl",
                    "Data/labelled/extra-fresh-3.jsonl", "Data/labelled/extra-fresh-4.jsonl",
                    "Data/labelled/extra-fresh-5.jsonl", "Data/labelled/extra-fresh-6.jsonl", "Data/labelled/extra-fresh-7.jsonl",
                    "Data/labelled/extra-fresh-8.jsonl"]

    @Option(name: .long, parsing: .upToNextOption, help: "Weight of each --examples file's lines, in the same order (default: 1 for each).")
    var exampleWeights: [Double] = []

    @Option(name: .long, help: "The codebook-labelled Reddit comments.")
    var reddit = "../shared/data/training/goemotions-horsemen.jsonl"

    @Option(name: .long, help: "Weight of a Reddit comment relative to one of Haven's examples.")
    var redditWeight = 0.7

    @Option(name: .long, help: "Where to write the model.")
    var output = "Sources/HavenCore/Resources/Signals/model.json"

    @Option(name: .long, help: "L2 pull toward the rules' prior weights.")
    var l2 = ModelTrainer.Defaults.l2

    @Option(name: .long, help: "Out-of-fold share of horseman-free lines that may get a horseman; the four thresholds are chosen together under it.")
    var maxFalseAlarms = ModelTrainer.Defaults.maximumFalseAlarms

    @Option(name: .long, help: "L2 pull of the learned word terms toward zero.")
    var termL2 = ModelTrainer.Defaults.termL2

    @Option(name: .long, help: "Optimiser steps per fit.")
    var iterations = ModelTrainer.Defaults.iterations

    @Option(name: .long, help: "How strongly the rules keep their first-stage weights while the word terms are fitted.")
    var anchorL2 = ModelTrainer.Defaults.anchorL2

    @Option(name: .long, help: "The fewest training examples a word term must occur in (0: no word terms).")
    var minTermExamples = ModelTrainer.Defaults.minimumTermExamples

    func validate() throws {
        guard iterations >= 1 else { throw ValidationError("--iterations must be at least 1 (got \(iterations)).") }
        guard (0...1).contains(maxFalseAlarms) else {
            throw ValidationError("--max-false-alarms is a share between 0 and 1, such as 0.03 (got \(maxFalseAlarms)).")
        }
        for (name, value) in [("--l2", l2), ("--term-l2", termL2), ("--anchor-l2", anchorL2), ("--reddit-weight", redditWeight)]
        where !(value >= 0 && value.isFinite) {
            throw ValidationError("\(name) must be zero or more (got \(value)).")
        }
        guard exampleWeights.isEmpty || exampleWeights.count == examples.count else {
            throw ValidationError("--example-weights needs one weight per --examples file (\(examples.count) files, \(exampleWeights.count) weights).")
        }
        if let bad = exampleWeights.first(where: { !($0 >= 0 && $0.isFinite) }) {
            throw ValidationError("--example-weights must be zero or more (got \(bad)).")
        }
        guard minTermExamples >= 0 else { throw ValidationError("--min-term-examples must be zero or more (got \(minTermExamples)).") }
    }

    func run() throws {
        let engine = try loadEngine()
        let allLabels = Set(SignalLabel.allCases.map(\.rawValue))
        let codebook = Set(SignalLabel.codebook.map(\.rawValue))
        var training: [TrainingExample] = []
        for (index, path) in examples.enumerated() {
            let weight = exampleWeights.isEmpty ? 1 : exampleWeights[index]
            // extra*.jsonl files are labelled for the codebook's six labels only.
            let labelledFor = URL(fileURLWithPath: path).lastPathComponent.hasPrefix("extra") ? codebook : allLabels
            for item in try readLabelled(path) {
                training.append(TrainingExample(input: item, labels: Set(item.labels ?? []), weight: weight, labelledFor: labelledFor))
            }
        }
        let own = training.count
        for (i, item) in try readLabelled(reddit).enumerated() where i % 5 != 4 {
            training.append(TrainingExample(input: item, labels: Set(item.labels ?? []), weight: redditWeight, labelledFor: codebook))
        }
        let provenance = "haven train on \(own) lines of \(examples.joined(separator: ", "))\(exampleWeights.isEmpty ? "" : " (weights \(exampleWeights.map { String($0) }.joined(separator: ", ")))") and \(training.count - own) lines of goemotions-horsemen.jsonl (every 5th held out), reddit weight \(redditWeight), l2 \(l2), term l2 \(termL2), anchor l2 \(anchorL2), \(iterations) steps, terms in at least \(minTermExamples) examples, false-alarm ceiling \(maxFalseAlarms)"
        let (model, report) = try ModelTrainer(engine: engine, l2: l2, iterations: iterations, maximumFalseAlarms: maxFalseAlarms, termL2: termL2, anchorL2: anchorL2,
                                                 minimumTermExamples: minTermExamples).train(training, provenance: provenance)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(model)
        try OutputSink.write(data, to: output)
        print("trained on \(training.count) examples; wrote \(output)")
        for label in SignalLabel.allCases {
            let threshold = model.labels[label.rawValue]?.threshold ?? 0.5
            let name = label.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)
            print(name + String(format: "out-of-fold F1 %.3f  threshold %.2f", report[label.rawValue] ?? 0, threshold))
        }
    }

    private func readLabelled(_ path: String) throws -> [ClassificationInput] {
        var source = try JSONLinesInput(path: path)
        var items: [ClassificationInput] = []
        while let (line, record) = source.next() {
            switch record {
            case let .success(item): items.append(item)
            case let .failure(error): throw CLIError.badLine(file: path, line: line, message: error.description)
            }
        }
        return items
    }
}
