import Fluent
import Foundation
@testable import HavenServer
import Testing
import VaporTesting

@Suite("Pause reminder", .serialized)
struct PauseReminderTests {
    @Test("when my break's time has come, my dashboard and home page remind me; my partner's do not")
    func reminder() async throws {
        try await withHaven { app in
            let (alex, sam, coupleID) = try await app.couple()
            // A 20-minute break that began half an hour ago.
            let pause = Pause(coupleID: coupleID, userID: alex.id, minutes: 20, startedAt: Date().addingTimeInterval(-30 * 60))
            try await pause.save(on: app.db)

            let board = try await alex.client.get("/api/v1/dashboard").content.decode(DashboardBody.self)
            let ended = try #require(board.pauseEndedAt)
            #expect(abs(ended.timeIntervalSince(pause.returnsAt)) < 1)
            #expect(board.activePause == nil)
            #expect(try await sam.client.get("/api/v1/dashboard").content.decode(DashboardBody.self).pauseEndedAt == nil)

            let web = WebClient(app)
            try await web.get("/login")
            try await web.post("/login", [("email", alex.email), ("password", "correct horse battery")])
            #expect(try await web.get("/home").body.string.contains("Time to come back"))

            // Saying "I'm back" clears the reminder.
            #expect(try await alex.client.post("/api/v1/pauses/\(try pause.requireID())/end").status == .noContent)
            #expect(try await alex.client.get("/api/v1/dashboard").content.decode(DashboardBody.self).pauseEndedAt == nil)
        }
    }
}
