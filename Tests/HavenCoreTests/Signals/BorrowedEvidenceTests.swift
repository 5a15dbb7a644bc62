import Testing
@testable import HavenCore

/// A label that passes its threshold with none of its own rules behind it points at the other
/// words that raised its score, when they carry enough weight.
@Suite("Findings on borrowed evidence")
struct BorrowedEvidenceTests {
    /// An engine whose stonewalling score for "you always do that" comes only from the criticism
    /// rule "you always", with `weight`, on top of `bias`; every other label stays silent.
    private func engine(bias: Double, weight: Double, extra: [String: Double] = [:], commonWords: [String]? = nil) throws -> SignalEngine {
        var labels: [String: LinearModel.LabelModel] = [:]
        for label in SignalLabel.allCases { labels[label.rawValue] = .init(bias: -20, threshold: 0.5, weights: [:]) }
        labels["stonewalling"] = .init(bias: bias, threshold: 0.5, weights: extra.merging(["criticism.always": weight]) { $1 })
        return try TrainingTests.engine(model: LinearModel(trainedOn: "test", labels: labels, commonWords: commonWords))
    }

    @Test("Just past the threshold, words of another label's rule stand as the evidence")
    func justPastTheThreshold() throws {
        let result = try engine(bias: -0.15, weight: 0.3).analyze("you always do that", speaker: "A", context: [])
        let finding = try #require(result.findings.first { $0.label == .stonewalling })
        #expect(finding.score < 0.55)
        #expect(finding.evidence.map(\.text) == ["you always"])
    }

    @Test("Words that add too little are not evidence, so no finding")
    func tooLittleWeight() throws {
        let result = try engine(bias: 0.2, weight: 0.2).analyze("you always do that", speaker: "A", context: [])
        #expect(result.scores[.stonewalling]! >= 0.5)
        #expect(!result.labels.contains(.stonewalling))
    }

    @Test("The explanation quotes the words that weigh most, not the first ones")
    func explanationQuotesTheStrongest() throws {
        let result = try engine(bias: -0.5, weight: 0.3, extra: ["w:do that": 0.6]).analyze("you always do that", speaker: "A", context: [])
        let finding = try #require(result.findings.first { $0.label == .stonewalling })
        #expect(finding.explanation.hasPrefix("“do that”"), "\(finding.explanation)")
    }

    @Test("When only common words carry the score, the explanation quotes none of them")
    func commonWordsAreNotQuoted() throws {
        let result = try engine(bias: -0.5, weight: 0.1, extra: ["w:that": 0.8], commonWords: ["that"])
            .analyze("you always do that", speaker: "A", context: [])
        let finding = try #require(result.findings.first { $0.label == .stonewalling })
        #expect(finding.explanation == "Taken as a whole, " + SignalTexts.summary(for: .stonewalling), "\(finding.explanation)")
    }
}
