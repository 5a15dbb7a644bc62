import Foundation
@testable import HavenCore

/// One labelled example from `Data/safety/*.jsonl`.
struct SafetyExample: Decodable, Sendable, CustomStringConvertible {
    var id: String
    var text: String
    var safety: [SafetyConcern]
    var `case`: String

    var description: String { "\(id) [\(`case`)] \(text)" }
}

/// The labelled safety sets kept in the repository (`Data/safety`).
enum SafetyDataset: String, CaseIterable, Sendable, CustomStringConvertible {
    /// The set the phrase table was tuned on.
    case dev
    /// The held-out set, written before the detector.
    case test

    var description: String { "\(rawValue).jsonl" }

    var url: URL {
        SharedData.packageRoot.appendingPathComponent("Data/safety/\(rawValue).jsonl")
    }

    func examples() throws -> [SafetyExample] {
        let text = try String(contentsOf: url, encoding: .utf8)
        let decoder = JSONDecoder()
        return try text.split(separator: "\n").map { line in
            try decoder.decode(SafetyExample.self, from: Data(line.utf8))
        }
    }
}

/// Recall on positives and false-positive rate on hard negatives for one set.
struct SafetyScores: CustomStringConvertible {
    var positives = 0, found = 0, concernHits = 0
    var negatives = 0, falsePositives = 0
    var missed: [SafetyExample] = []
    var wronglyFired: [(SafetyExample, SafetyScreening)] = []

    init(_ examples: [SafetyExample], screener: SafetyScreener) {
        for example in examples {
            let result = screener.screen(example.text)
            if example.safety.isEmpty {
                negatives += 1
                if result.fired {
                    falsePositives += 1
                    wronglyFired.append((example, result))
                }
            } else {
                positives += 1
                if result.fired { found += 1 } else { missed.append(example) }
                if Set(example.safety).isSubset(of: Set(result.concerns)) { concernHits += 1 }
            }
        }
    }

    var recall: Double { positives == 0 ? 1 : Double(found) / Double(positives) }
    var concernRecall: Double { positives == 0 ? 1 : Double(concernHits) / Double(positives) }
    var falsePositiveRate: Double { negatives == 0 ? 0 : Double(falsePositives) / Double(negatives) }

    var description: String {
        let missedLines = missed.map { "  missed: \($0)" }
        let firedLines = wronglyFired.map { "  fired:  \($0.0) -> \($0.1.evidence.map { "\($0.concern.rawValue): '\($0.text)'" })" }
        return """
            recall \(found)/\(positives) = \(String(format: "%.3f", recall)), \
            right concern \(concernHits)/\(positives) = \(String(format: "%.3f", concernRecall)), \
            false positives \(falsePositives)/\(negatives) = \(String(format: "%.3f", falsePositiveRate))
            \((missedLines + firedLines).joined(separator: "\n"))
            """
    }
}
