import Foundation
import Testing
@testable import HavenCore

@Suite struct AttachmentProfileTests {
    let ecr: Questionnaire

    init() throws {
        ecr = try QuestionnaireCatalog.bundled().questionnaire("ecr-r")
    }

    private func result(anxiety: Double, avoidance: Double, date: Date = Date()) -> AssessmentResult {
        AssessmentResult(
            questionnaireID: "ecr-r", questionnaireVersion: "1", date: date, answers: [],
            scores: ["anxiety": anxiety, "avoidance": avoidance])
    }

    @Test(arguments: [
        (1.5, 1.5, AttachmentPrototype.secure),
        (6.5, 1.5, AttachmentPrototype.anxious),
        (1.5, 6.5, AttachmentPrototype.avoidant),
        (6.5, 6.5, AttachmentPrototype.fearful),
        (4.6, 2.0, AttachmentPrototype.anxious),
    ])
    func closestPrototype(anxiety: Double, avoidance: Double, expected: AttachmentPrototype) throws {
        let profile = try #require(AttachmentProfile.make(from: result(anxiety: anxiety, avoidance: avoidance), questionnaire: ecr))
        #expect(profile.closestPrototype == expected)
    }

    @Test func bandIsScorePlusMinusTwoSEMs() throws {
        let profile = try #require(AttachmentProfile.make(from: result(anxiety: 3.0, avoidance: 2.0), questionnaire: ecr))
        // Anxiety SEM = 1.1 × √0.07 = 0.291033; 1.96 × SEM = 0.570425.
        #expect(abs(profile.anxiety.lower - 2.429575) < 1e-5)
        #expect(abs(profile.anxiety.upper - 3.570425) < 1e-5)
        #expect(profile.avoidance.lower >= 1.0)
    }

    @Test func nearTheMidpointThePrototypeIsUncertain() throws {
        let near = try #require(AttachmentProfile.make(from: result(anxiety: 4.2, avoidance: 1.5), questionnaire: ecr))
        #expect(near.prototypeIsUncertain)
        #expect(near.limits.first?.contains("crosses the scale midpoint") == true)
        let far = try #require(AttachmentProfile.make(from: result(anxiety: 1.5, avoidance: 1.5), questionnaire: ecr))
        #expect(!far.prototypeIsUncertain)
        #expect(far.limits.contains { $0.contains("not a diagnosis") })
    }

    @Test func nonAttachmentQuestionnaireHasNoProfile() throws {
        let csi = try QuestionnaireCatalog.bundled().questionnaire("csi-4")
        let r = AssessmentResult(questionnaireID: "csi-4", questionnaireVersion: "1", date: Date(), answers: [], scores: ["total": 10])
        #expect(AttachmentProfile.make(from: r, questionnaire: csi) == nil)
    }

    @Test func trajectoryFollowsDatesAndMeasuresNetMovement() throws {
        let day: TimeInterval = 86_400
        let history = AssessmentHistory(results: [
            result(anxiety: 2.0, avoidance: 2.0, date: Date(timeIntervalSince1970: 3 * day)),
            result(anxiety: 5.0, avoidance: 6.0, date: Date(timeIntervalSince1970: 1 * day)),
            result(anxiety: 4.0, avoidance: 3.0, date: Date(timeIntervalSince1970: 2 * day)),
        ])
        let trajectory = AttachmentTrajectory.make(from: history, questionnaire: ecr)
        #expect(trajectory.points.map(\.anxiety) == [5.0, 4.0, 2.0])
        // From (5, 6) to (2, 2): √(3² + 4²) = 5.
        #expect(abs(trajectory.netDistance - 5.0) < 1e-9)
        #expect(trajectory.overall.allSatisfy { $0.direction == .improved })
        let svg = AttachmentPlaneSVG(scale: ecr.scale).render(trajectory: trajectory, latest: nil)
        #expect(svg.components(separatedBy: "<circle").count - 1 == 3)
        #expect(svg.contains("<polyline"))
    }
}
