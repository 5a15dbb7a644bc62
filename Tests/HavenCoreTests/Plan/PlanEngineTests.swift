import Foundation
import Testing
@testable import HavenCore

@Suite struct PlanEngineTests {
    let catalog: QuestionnaireCatalog
    let engine: PlanEngine

    init() throws {
        catalog = try QuestionnaireCatalog.bundled()
        engine = PlanEngine(catalog: catalog)
    }

    private func scored(_ id: String, _ answers: [Int?], day: Int) throws -> AssessmentResult {
        try QuestionnaireScorer().score(
            answers, for: catalog.questionnaire(id), date: Date(timeIntervalSince1970: Double(day) * 86_400))
    }

    /// Conflict habits where team and benefit of the doubt are low and criticism is seen.
    private func conflict(day: Int = 10) throws -> AssessmentResult {
        // team (1, 2r): 2, 4→2; benefit (3, 4r): 2, 4→2; congruence 4, 2→4; criticism 4, 4; others 1.
        try scored("haven-conflict", [2, 4, 2, 4, 4, 2, 4, 4, 1, 1, 1, 1, 1, 1], day: day)
    }

    private func analysis(_ signals: [String: Int], messages: Int = 200, name: String = "Sam") -> ChatAnalysisSummary {
        ChatAnalysisSummary(participants: [
            .init(name: name, messages: messages, signals: signals),
            .init(name: "Alex", messages: 180, signals: [:]),
        ])
    }

    @Test func lowMeasuresBecomeStepsWithTheirReasons() throws {
        let plan = try engine.makePlan(PlanInput(history: AssessmentHistory(results: [conflict()])))
        let ids = plan.steps.map(\.id)
        #expect(Set(ids) == ["team-vs-problem", "benefit-of-doubt", "antidote-criticism"])
        let team = try #require(plan.steps.first { $0.id == "team-vs-problem" })
        #expect(team.why.first?.contains("Facing problems as a team 2 on 1–5") == true)
        #expect(!team.exercise.steps.isEmpty)
        #expect(plan.professionalSupport == nil)
    }

    @Test(arguments: ["self-harm", "violence", "coercive-control"])
    func safetyConcernDropsSharedCoachingAndRecommendsHelp(concern: String) throws {
        let plan = try engine.makePlan(PlanInput(history: AssessmentHistory(results: [conflict()]), safetyConcerns: [concern]))
        let ids = Set(plan.steps.map(\.id))
        #expect(!ids.contains("team-vs-problem"))
        #expect(!ids.contains("benefit-of-doubt"))
        #expect(ids.contains("antidote-criticism"))
        let support = try #require(plan.professionalSupport)
        #expect(support.advice.contains("emergency"))
        #expect(!plan.withheld.isEmpty)
        #expect(!support.reasons.joined().contains(concern), "the category itself is not spelled out")
    }

    @Test func frequentContemptInTheChatRecommendsHelp() throws {
        let plan = try engine.makePlan(PlanInput(history: AssessmentHistory(), analysis: analysis(["contempt": 6, "we-talk": 40])))
        #expect(plan.steps.map(\.id) == ["antidote-contempt"])
        #expect(plan.professionalSupport?.reasons.first?.contains("6 of 200 messages by Sam") == true)
    }

    @Test func rareContemptIsAnAntidoteButNotAReferral() throws {
        let plan = try engine.makePlan(PlanInput(history: AssessmentHistory(), analysis: analysis(["contempt": 2, "we-talk": 40], messages: 500)))
        #expect(plan.steps.map(\.id) == ["antidote-contempt"])
        #expect(plan.professionalSupport == nil)
    }

    @Test func poorMeasuresThatStayPoorRecommendHelp() throws {
        let once = AssessmentHistory(results: [try scored("csi-4", [2, 1, 2, 1], day: 1)])
        let first = try engine.makePlan(PlanInput(history: once))
        #expect(first.professionalSupport == nil)
        #expect(first.notes.contains { $0.contains("If this stays the same next time") })
        let twice = AssessmentHistory(results: once.results + [try scored("csi-4", [3, 2, 2, 2], day: 30)])
        let second = try engine.makePlan(PlanInput(history: twice))
        #expect(second.professionalSupport?.reasons.first?.contains("1970-01-02") == true)
    }

    @Test func ownChatHabitsOnlyCountForTheParticipant() throws {
        let chat = ChatAnalysisSummary(participants: [
            .init(name: "Sam", messages: 100, signals: ["self-silencing": 5]),
            .init(name: "Alex", messages: 100, signals: ["incongruence": 4, "stonewalling": 3]),
        ])
        let sam = try engine.makePlan(PlanInput(history: AssessmentHistory(), analysis: chat, participant: "sam"))
        #expect(Set(sam.steps.map(\.id)) == ["voice-needs", "antidote-stonewalling"])
        let whole = try engine.makePlan(PlanInput(history: AssessmentHistory(), analysis: chat))
        #expect(Set(whole.steps.map(\.id)) == ["voice-needs", "words-and-body-agree", "antidote-stonewalling"])
    }

    @Test func unknownParticipantIsAnError() {
        #expect(throws: PlanError.unknownParticipant(name: "Kim", known: ["Sam", "Alex"])) {
            try engine.makePlan(PlanInput(history: AssessmentHistory(), analysis: analysis([:]), participant: "Kim"))
        }
    }

    @Test func littleWeTalkDuringCriticismPointsToTeamwork() throws {
        let plan = try engine.makePlan(PlanInput(history: AssessmentHistory(), analysis: analysis(["criticism": 5, "we-talk": 1])))
        #expect(plan.steps.contains { $0.id == "team-vs-problem" && $0.why.first?.contains("\"we\" language in 1 of 380") == true })
    }

    @Test func wellBeingPointsToNeedsAndOutsideLife() throws {
        // needs (1, 2, 3r): 2, 2, 4→2; outside (4, 5, 6r): 2, 2, 4→2; self 4, 4, 2→4.
        let r = try scored("haven-wellbeing", [2, 2, 4, 2, 2, 4, 4, 4, 2], day: 1)
        let plan = try engine.makePlan(PlanInput(history: AssessmentHistory(results: [r])))
        #expect(Set(plan.steps.map(\.id)) == ["voice-needs", "life-outside"])
        let needs = try #require(plan.steps.first { $0.id == "voice-needs" })
        #expect(needs.exercise.steps.contains { $0.contains(NeedsStatement.template) })
    }

    @Test func neverADiagnosisAndSaysWhatScoresCannotTell() throws {
        let plan = try engine.makePlan(PlanInput(history: AssessmentHistory(results: [conflict()]), analysis: analysis(["contempt": 9])))
        let text = String(decoding: try JSONEncoder().encode(plan), as: UTF8.self).lowercased()
        #expect(!text.contains("divorce"))
        #expect(plan.limits.contains { $0.contains("not a diagnosis") })
        #expect(plan.limits.contains { $0.contains("cannot tell") })
    }

    @Test func nothingToGoOnSaysSo() throws {
        let plan = try engine.makePlan(PlanInput(history: AssessmentHistory()))
        #expect(plan.steps.isEmpty)
        #expect(plan.notes.contains { $0.contains("haven assess") })
    }
}
