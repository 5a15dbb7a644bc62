import Foundation
import HavenCore
import HavenServer
import Testing
import VaporTesting

@Suite("Check-ins", .serialized)
struct CheckInRouteTests {
    @Test("scores are HavenCore's for the same answers", arguments: ["haven-wellbeing", "csi-4", "haven-attachment"])
    func scores(questionnaireID: String) async throws {
        try await withHaven { app in
            let alex = try await app.signUp("Alex")
            let questionnaire = try QuestionnaireCatalog.bundled().questionnaire(questionnaireID)
            let answers = (0..<questionnaire.itemCount).map { i in
                questionnaire.scale(forItem: i + 1).min + (i * 7) % (questionnaire.scale(forItem: i + 1).max - questionnaire.scale(forItem: i + 1).min + 1)
            }
            let expected = try QuestionnaireScorer().score(answers.map { $0 }, for: questionnaire).scores
            let response = try await alex.client.post("/api/v1/checkins", CheckInFixtures.Body(
                questionnaire: questionnaireID, answers: answers.map(Double.init), visibility: "private"))
            #expect(response.status == .created)
            let body = try response.content.decode(CheckInCreatedBody.self)
            #expect(body.scores == expected)
            let stored = try await alex.client.get("/api/v1/checkins/\(body.id)").content.decode(CheckInBody.self)
            #expect(stored.answers == answers)
        }
    }

    @Test("private: the partner gets 404; shared: 200")
    func visibility() async throws {
        try await withHaven { app in
            let (alex, sam, _) = try await app.couple()
            let hidden = try await alex.client.post("/api/v1/checkins", CheckInFixtures.wellbeing(visibility: "private"))
                .content.decode(CheckInCreatedBody.self)
            let shared = try await alex.client.post("/api/v1/checkins", CheckInFixtures.wellbeing(visibility: "partner"))
                .content.decode(CheckInCreatedBody.self)
            let notFound = try await sam.client.get("/api/v1/checkins/\(hidden.id)")
            #expect(notFound.status == .notFound)
            #expect(notFound.errorMessage == "No such check-in.")
            #expect(try await sam.client.get("/api/v1/checkins/\(shared.id)").status == .ok)
            // A missing id answers exactly like a private one.
            let missing = try await sam.client.get("/api/v1/checkins/\(UUID())")
            #expect(missing.status == notFound.status)
            #expect(missing.errorMessage == notFound.errorMessage)
            let partnerList = try await sam.client.get("/api/v1/couple/checkins").content.decode([CheckInBody].self)
            #expect(partnerList.map(\.id) == [shared.id])
        }
    }

    @Test("bad check-ins are 400 with a reason", arguments: [
        (CheckInFixtures.wellbeing(visibility: "everyone"), "visibility"),
        (CheckInFixtures.wellbeing(visibility: "private", answers: [1, 2, 3]), "9"),
        (CheckInFixtures.wellbeing(visibility: "private", answers: [9, 3, 4, 5, 2, 4, 3, 4, 4]), "9"),
        (CheckInFixtures.wellbeing(visibility: "private", answers: [2.5, 3, 4, 5, 2, 4, 3, 4, 4]), "whole number"),
        (CheckInFixtures.Body(questionnaire: "mmpi", answers: [1], visibility: "private"), "mmpi"),
    ])
    func invalid(body: CheckInFixtures.Body, reason: String) async throws {
        try await withHaven { app in
            let alex = try await app.signUp("Alex")
            let response = try await alex.client.post("/api/v1/checkins", body)
            #expect(response.status == .badRequest)
            #expect(response.errorMessage?.contains(reason) == true, "\(response.errorMessage ?? "-")")
        }
    }

    @Test("history reports reliable change computed by HavenCore")
    func history() async throws {
        try await withHaven { app in
            let alex = try await app.signUp("Alex")
            let low: [Double?] = [1, 1, 1, 1, 1, 1, 1, 1, 1]
            let high: [Double?] = [5, 5, 5, 5, 5, 5, 5, 5, 5]
            for answers in [low, high] {
                let r = try await alex.client.post("/api/v1/checkins", CheckInFixtures.wellbeing(visibility: "private", answers: answers))
                #expect(r.status == .created)
            }
            let response = try await alex.client.get("/api/v1/checkins/history/haven-wellbeing")
            #expect(response.status == .ok)
            let body = try response.content.decode(HistoryBody.self)
            #expect(body.checkIns.count == 2)
            let questionnaire = try QuestionnaireCatalog.bundled().questionnaire("haven-wellbeing")
            let scorer = QuestionnaireScorer()
            let expected = ReliableChange.compare(
                try scorer.score(low.map { $0.map(Int.init) }, for: questionnaire),
                try scorer.score(high.map { $0.map(Int.init) }, for: questionnaire), questionnaire: questionnaire)
            #expect(body.change.map(\.direction) == expected.map(\.direction.rawValue))
            #expect(body.change.map(\.subscale) == expected.map(\.subscale))
        }
    }
}

struct HistoryBody: Codable {
    struct Change: Codable { var subscale: String; var direction: String; var index: Double }
    var questionnaire: String
    var checkIns: [CheckInBody]
    var change: [Change]
}
