import Foundation
import HavenServer
import Testing
import VaporTesting

@Suite("Couples, invites and pauses", .serialized)
struct CoupleRouteTests {
    @Test("create, join with the code, and see both names")
    func createAndJoin() async throws {
        try await withHaven { app in
            let (alex, sam, coupleID) = try await app.couple()
            for user in [alex, sam] {
                let view = try await user.client.get("/api/v1/couple")
                #expect(view.status == .ok)
                let couple = try view.content.decode(CoupleBody.self)
                #expect(couple.id == coupleID)
                #expect(Set(couple.partners.map(\.displayName)) == ["Alex", "Sam"])
                #expect(couple.activePause == nil)
            }
        }
    }

    @Test("an invite code works once")
    func singleUse() async throws {
        try await withHaven { app in
            let alex = try await app.signUp("Alex")
            let sam = try await app.signUp("Sam")
            let kim = try await app.signUp("Kim")
            let code = try await alex.client.post("/api/v1/couples").content.decode(CoupleCreatedBody.self).inviteCode
            #expect(try await sam.client.post("/api/v1/couples/join", ["inviteCode": code]).status == .ok)
            let again = try await kim.client.post("/api/v1/couples/join", ["inviteCode": code])
            #expect(again.status == .notFound)
            #expect(try await kim.client.get("/api/v1/couple").status == .notFound)
        }
    }

    @Test("an expired invite code is refused")
    func expired() async throws {
        try await withHaven({ $0.inviteLifetime = -1 }) { app in
            let alex = try await app.signUp("Alex")
            let sam = try await app.signUp("Sam")
            let code = try await alex.client.post("/api/v1/couples").content.decode(CoupleCreatedBody.self).inviteCode
            let response = try await sam.client.post("/api/v1/couples/join", ["inviteCode": code])
            #expect(response.status == .notFound)
            #expect(response.errorMessage?.contains("expired") == true)
        }
    }

    @Test("a second couple or a second join is 409")
    func conflicts() async throws {
        try await withHaven { app in
            let (alex, sam, _) = try await app.couple()
            #expect(try await alex.client.post("/api/v1/couples").status == .conflict)
            let kim = try await app.signUp("Kim")
            let code = try await kim.client.post("/api/v1/couples").content.decode(CoupleCreatedBody.self).inviteCode
            #expect(try await sam.client.post("/api/v1/couples/join", ["inviteCode": code]).status == .conflict)
        }
    }

    @Test("pause minutes outside 20…1440 are 400", arguments: [0, 19, 1441, -5])
    func pauseBounds(minutes: Int) async throws {
        try await withHaven { app in
            let (alex, _, _) = try await app.couple()
            let response = try await alex.client.post("/api/v1/pauses", ["minutes": minutes])
            #expect(response.status == .badRequest)
            #expect(response.errorMessage?.contains("20") == true)
        }
    }

    @Test("a pause shows to the partner with who and when, until it ends", arguments: [20, 1440])
    func pause(minutes: Int) async throws {
        try await withHaven { app in
            let (alex, sam, _) = try await app.couple()
            let before = Date()
            let created = try await alex.client.post("/api/v1/pauses", ["minutes": minutes])
            #expect(created.status == .created)
            let pause = try created.content.decode(PauseCreatedBody.self)
            #expect(abs(pause.returnsAt.timeIntervalSince(before) - Double(minutes * 60)) < 5)

            let view = try await sam.client.get("/api/v1/couple").content.decode(CoupleBody.self)
            let active = try #require(view.activePause)
            #expect(active.by == "Alex")
            #expect(active.id == pause.id)
            #expect(abs(active.returnsAt.timeIntervalSince(pause.returnsAt)) < 1)

            #expect(try await sam.client.post("/api/v1/pauses/\(pause.id)/end").status == .notFound)
            #expect(try await alex.client.post("/api/v1/pauses/\(pause.id)/end").status == .noContent)
            #expect(try await sam.client.get("/api/v1/couple").content.decode(CoupleBody.self).activePause == nil)
        }
    }

    @Test("the dashboard mirrors the home page: the partner's pause, the appreciation prompt, latest check-ins")
    func dashboard() async throws {
        try await withHaven { app in
            let (alex, sam, _) = try await app.couple()
            var board = try await sam.client.get("/api/v1/dashboard").content.decode(DashboardBody.self)
            #expect(board.inCouple && board.appreciationPrompt && board.activePause == nil && board.latestCheckIns.isEmpty)
            _ = try await alex.client.post("/api/v1/pauses", ["minutes": 25])
            _ = try await sam.client.post("/api/v1/appreciations", ["text": "Thanks for today."])
            _ = try await sam.client.post("/api/v1/checkins", CheckInFixtures.wellbeing(visibility: "private"))
            board = try await sam.client.get("/api/v1/dashboard").content.decode(DashboardBody.self)
            #expect(board.activePause?.by == "Alex")
            #expect(!board.appreciationPrompt)
            #expect(board.latestCheckIns.count == 1)
            #expect(board.pauseEndedAt == nil)
        }
    }

    @Test("a pause needs a couple")
    func pauseAlone() async throws {
        try await withHaven { app in
            let alex = try await app.signUp("Alex")
            #expect(try await alex.client.post("/api/v1/pauses", ["minutes": 30]).status == .conflict)
        }
    }

    @Test("leaving keeps each partner's own data; the other sees one partner")
    func leave() async throws {
        try await withHaven { app in
            let (alex, sam, _) = try await app.couple()
            let checkIn = try await sam.client.post("/api/v1/checkins", CheckInFixtures.wellbeing(visibility: "private"))
            #expect(checkIn.status == .created)
            #expect(try await sam.client.post("/api/v1/couple/leave").status == .noContent)
            #expect(try await sam.client.get("/api/v1/couple").status == .notFound)
            #expect(try await sam.client.get("/api/v1/checkins").content.decode([CheckInBody].self).count == 1)
            let view = try await alex.client.get("/api/v1/couple").content.decode(CoupleBody.self)
            #expect(view.partners.map(\.displayName) == ["Alex"])
        }
    }
}

struct CoupleBody: Codable, Equatable {
    struct Partner: Codable, Equatable { var id: UUID; var displayName: String }
    struct ActivePause: Codable, Equatable { var id: UUID; var by: String; var returnsAt: Date }
    var id: UUID
    var partners: [Partner]
    var activePause: ActivePause?
}

struct PauseCreatedBody: Codable { var id: UUID; var returnsAt: Date }

struct DashboardBody: Codable {
    var activePause: CoupleBody.ActivePause?
    var pauseEndedAt: Date?
    var appreciationPrompt: Bool
    var latestCheckIns: [CheckInBody]
    var inCouple: Bool
}
