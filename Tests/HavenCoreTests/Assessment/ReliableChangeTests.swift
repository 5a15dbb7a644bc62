import Foundation
import Testing
@testable import HavenCore

/// Jacobson & Truax: SE = SD·√(1−r), S_diff = √2·SE, RCI = Δ / S_diff, reliable when |RCI| > 1.96.
@Suite struct ReliableChangeTests {
    // SD 1.1, r .93: SE = 1.1 × √0.07 = 0.291033; S_diff = 1.414214 × 0.291033 = 0.411582.
    static let norms = Norms(mean: 3.6, sd: 1.1, reliability: 0.93, status: .approximate, source: "test")

    @Test func standardErrorsByHand() {
        #expect(abs(Self.norms.standardErrorOfMeasurement - 0.291033) < 1e-6)
        #expect(abs(Self.norms.standardErrorOfDifference - 0.411582) < 1e-6)
    }

    // Δ = +1.0 → RCI 1 / 0.411582 = 2.4297 (reliable); Δ = +0.5 → 1.2148 (not); Δ = −0.9 → −2.1867 (reliable).
    @Test(arguments: [
        (3.0, 4.0, 2.4297, true, ReliableChange.Direction.worsened),
        (3.0, 3.5, 1.2148, false, ReliableChange.Direction.noReliableChange),
        (4.0, 3.1, -2.1867, true, ReliableChange.Direction.improved),
    ])
    func indexForAnxiety(before: Double, after: Double, rci: Double, reliable: Bool, direction: ReliableChange.Direction) {
        let change = ReliableChange(subscale: "anxiety", before: before, after: after, norms: Self.norms, higherIsBetter: false)
        #expect(abs(change.index - rci) < 1e-3)
        #expect(change.isReliable == reliable)
        #expect(change.direction == direction)
    }

    @Test func higherIsBetterFlipsTheDirection() {
        let change = ReliableChange(subscale: "total", before: 3, after: 4, norms: Self.norms, higherIsBetter: true)
        #expect(change.direction == .improved)
    }

    @Test func compareSkipsOtherQuestionnaires() throws {
        let csi = try QuestionnaireCatalog.bundled().questionnaire("csi-4")
        let a = AssessmentResult(questionnaireID: "csi-4", questionnaireVersion: "1", date: Date(), answers: [], scores: ["total": 16])
        let b = AssessmentResult(questionnaireID: "csi-4", questionnaireVersion: "1", date: Date(), answers: [], scores: ["total": 6])
        let other = AssessmentResult(questionnaireID: "ecr-r", questionnaireVersion: "1", date: Date(), answers: [], scores: [:])
        // CSI-4 norms: SD 4.5, r .94 → S_diff = √2 × 4.5 × √0.06 = 1.558846; Δ = −10 → RCI −6.4150.
        let changes = ReliableChange.compare(a, b, questionnaire: csi)
        #expect(changes.count == 1)
        #expect(abs((changes.first?.index ?? 0) + 6.4150) < 1e-3)
        #expect(changes.first?.direction == .worsened)
        #expect(ReliableChange.compare(a, other, questionnaire: csi).isEmpty)
    }
}
