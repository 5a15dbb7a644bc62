import Foundation
import Fluent
import HavenServer
import Testing
import VaporTesting

@Suite("Export, delete, journal", .serialized)
struct MeRouteTests {
    @Test("export holds my check-ins, decrypted journal and appreciations, and nothing of my partner's")
    func export() async throws {
        try await withHaven { app in
            let (alex, sam, _) = try await app.couple()
            _ = try await alex.client.post("/api/v1/checkins", CheckInFixtures.wellbeing(visibility: "private"))
            _ = try await alex.client.post("/api/v1/journal", ["text": "Dear diary, today was hard."])
            _ = try await alex.client.post("/api/v1/appreciations", ["text": "Thanks for the tea."])
            _ = try await sam.client.post("/api/v1/journal", ["text": "Sam's own secret note."])
            _ = try await sam.client.post("/api/v1/checkins", CheckInFixtures.wellbeing(visibility: "partner"))
            let response = try await alex.client.get("/api/v1/me/export")
            #expect(response.status == .ok)
            let export = try response.content.decode(ExportBody.self)
            #expect(export.user.displayName == "Alex")
            #expect(export.checkIns.count == 1)
            #expect(export.journal.map(\.text) == ["Dear diary, today was hard."])
            #expect(export.appreciationsSent.map(\.text) == ["Thanks for the tea."])
            #expect(!response.body.string.contains("Sam's own secret note"))
        }
    }

    @Test("delete me: 204, my token stops working, my rows are gone, my partner's stay")
    func deleteMe() async throws {
        try await withHaven { app in
            let (alex, sam, coupleID) = try await app.couple()
            _ = try await alex.client.post("/api/v1/checkins", CheckInFixtures.wellbeing(visibility: "partner"))
            _ = try await alex.client.post("/api/v1/journal", ["text": "mine"])
            _ = try await alex.client.post("/api/v1/pauses", ["minutes": 30])
            _ = try await sam.client.post("/api/v1/checkins", CheckInFixtures.wellbeing(visibility: "private"))
            _ = try await sam.client.post("/api/v1/journal", ["text": "Sam's"])

            #expect(try await alex.client.delete("/api/v1/me").status == .noContent)
            #expect(try await alex.client.get("/api/v1/me").status == .unauthorized)
            let login = try await APIClient(app).post("/api/v1/tokens", ["email": alex.email, "password": "correct horse battery"])
            #expect(login.status == .unauthorized)

            let db = app.db
            #expect(try await CountRows.of("users", id: alex.id, on: db) == 0)
            #expect(try await CountRows.owned("check_ins", by: alex.id, on: db) == 0)
            #expect(try await CountRows.owned("journal_entries", by: alex.id, on: db) == 0)
            #expect(try await CountRows.owned("user_tokens", by: alex.id, on: db) == 0)
            #expect(try await CountRows.owned("pauses", by: alex.id, on: db) == 0)
            #expect(try await CountRows.owned("check_ins", by: sam.id, on: db) == 1)
            #expect(try await CountRows.owned("journal_entries", by: sam.id, on: db) == 1)

            let view = try await sam.client.get("/api/v1/couple").content.decode(CoupleBody.self)
            #expect(view.id == coupleID)
            #expect(view.partners.map(\.displayName) == ["Sam"])
            #expect(view.activePause == nil)
        }
    }

    @Test("journal text is encrypted in the database and readable only by its writer")
    func journalSealed() async throws {
        try await withHaven { app in
            let (alex, sam, _) = try await app.couple()
            let secret = "I am scared to tell Sam about the debt"
            let created = try await alex.client.post("/api/v1/journal", ["text": secret])
            #expect(created.status == .created)
            let id = try created.content.decode(IDBody.self).id
            let raw = try await CountRows.sealedJournal(id: id, on: app.db)
            #expect(raw.count >= secret.utf8.count + 28, "nonce and tag are stored with the ciphertext")
            #expect(raw.range(of: Data(secret.utf8)) == nil)
            #expect(raw.range(of: Data("debt".utf8)) == nil)
            let read = try await alex.client.get("/api/v1/journal/\(id)")
            #expect(read.status == .ok)
            #expect(try read.content.decode(JournalBody.self).text == secret)
            #expect(try await sam.client.get("/api/v1/journal/\(id)").status == .notFound)
        }
    }

    @Test("plan comes from HavenCore's PlanEngine over my check-ins")
    func plan() async throws {
        try await withHaven { app in
            let alex = try await app.signUp("Alex")
            let empty = try await alex.client.get("/api/v1/plan")
            #expect(empty.status == .ok)
            let plan = try empty.content.decode(PlanBody.self)
            #expect(plan.steps.isEmpty)
            #expect(plan.notes.contains { $0.contains("nothing to base steps on") })
        }
    }
}

struct ExportBody: Codable {
    struct User: Codable { var displayName: String }
    struct Entry: Codable { var text: String }
    var user: User
    var checkIns: [CheckInBody]
    var journal: [Entry]
    var appreciationsSent: [Entry]
}

struct JournalBody: Codable { var text: String }
struct PlanBody: Codable {
    struct Step: Codable { var id: String }
    var steps: [Step]
    var notes: [String]
}
