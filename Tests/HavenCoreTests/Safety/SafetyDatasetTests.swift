import Foundation
import Testing
@testable import HavenCore

@Suite("Safety screening on the labelled sets")
struct SafetyDatasetTests {
    @Test("Each set is well formed: half positives, all three concerns, unique ids", arguments: SafetyDataset.allCases)
    func setIsWellFormed(_ set: SafetyDataset) throws {
        let examples = try set.examples()
        #expect(examples.count >= 150)
        #expect(Set(examples.map(\.id)).count == examples.count)
        let positives = examples.filter { !$0.safety.isEmpty }
        let share = Double(positives.count) / Double(examples.count)
        #expect(share > 0.4 && share < 0.6)
        for concern in SafetyConcern.allCases {
            #expect(positives.filter { $0.safety.contains(concern) }.count >= 25, "\(concern) is under-represented")
        }
    }

    @Test("Recall >= 0.95 on positives, false positives <= 0.10 on hard negatives", arguments: SafetyDataset.allCases)
    func meetsTargets(_ set: SafetyDataset) throws {
        let scores = SafetyScores(try set.examples(), screener: .shared)
        print("safety \(set): \(scores)")
        #expect(scores.recall >= 0.95, "\(set): \(scores)")
        #expect(scores.falsePositiveRate <= 0.10, "\(set): \(scores)")
    }
}
