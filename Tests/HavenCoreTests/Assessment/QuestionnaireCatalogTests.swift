import Foundation
import Testing
@testable import HavenCore

@Suite struct QuestionnaireCatalogTests {
    let catalog: QuestionnaireCatalog

    init() throws {
        catalog = try QuestionnaireCatalog.bundled()
    }

    @Test func bundlesAllSixQuestionnaires() {
        #expect(catalog.ids == ["csi-4", "ecr-r", "haven-attachment", "haven-conflict", "haven-security", "haven-wellbeing"])
    }

    @Test func unknownQuestionnaireListsTheKnownOnes() {
        #expect(throws: ScoringError.unknownQuestionnaire(id: "phq-9", known: catalog.ids)) {
            try catalog.questionnaire("phq-9")
        }
        let message = ScoringError.unknownQuestionnaire(id: "phq-9", known: catalog.ids).description
        #expect(message.contains("ecr-r") && message.contains("haven-security"))
    }

    @Test func lookupIgnoresCase() throws {
        #expect(try catalog.questionnaire("ECR-R").id == "ecr-r")
    }

    @Test(arguments: ["haven-attachment", "haven-security", "haven-wellbeing", "haven-conflict"])
    func ownQuestionnairesAreLabelledHonestly(id: String) throws {
        let q = try catalog.questionnaire(id)
        #expect(q.kind == .selfReflection)
        #expect(q.notice.resolved().contains("not a clinical instrument"))
        #expect(q.items.count == q.itemCount, "every item has wording")
        #expect(q.items.allSatisfy { !($0.text.values["en"] ?? "").isEmpty })
        for subscale in q.subscales {
            guard let norms = subscale.norms else { continue }
            #expect(norms.status == .provisional)
            #expect(norms.source.contains("Provisional placeholder"))
        }
    }

    @Test func attachmentHasTwoDimensionsOfSixItems() throws {
        let q = try catalog.questionnaire("haven-attachment")
        #expect(q.measuresAttachment)
        #expect(q.subscale("anxiety")?.items.count == 6)
        #expect(q.subscale("avoidance")?.items.count == 6)
    }

    @Test func conflictHabitsCoverTheFourHorsemenAndTheThreeHabits() throws {
        let q = try catalog.questionnaire("haven-conflict")
        let ids = Set(q.subscales.map(\.id))
        #expect(ids.isSuperset(of: Set(Horseman.allCases.map(\.rawValue))))
        #expect(ids.isSuperset(of: ["team", "benefit-of-doubt", "congruence"]))
    }

    @Test func localeFallsBackToEnglish() throws {
        let q = try catalog.questionnaire("haven-security")
        #expect(q.title.resolved(for: "de-CH") == q.title.resolved(for: "en"))
        #expect(q.scale.label(for: 1, locale: "fr") == "Not at all true")
    }

    @Test func establishedInstrumentsCiteTheirSource() throws {
        #expect(try catalog.questionnaire("ecr-r").citation.contains("Fraley"))
        #expect(try catalog.questionnaire("csi-4").citation.contains("Funk"))
    }
}
