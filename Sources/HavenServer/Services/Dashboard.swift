import Fluent
import HavenCore
import Vapor

/// What a person's private dashboard shows, for the home page and `GET /api/v1/dashboard` alike.
struct Dashboard: Content {
    /// The couple's running pause, if any (mine or my partner's).
    var activePause: PauseInfo?
    /// When my own break ran out within the last two hours and I have not said I'm back: the reminder.
    var pauseEndedAt: Date?
    /// No appreciation sent this week (only in a couple).
    var appreciationPrompt: Bool
    /// My latest check-ins, newest first.
    var latestCheckIns: [CheckInResponse]
    var journalEntries: Int
    var inCouple: Bool

    static func load(for user: User, on db: any Database) async throws -> Dashboard {
        let userID = try user.requireID()
        var active: PauseInfo?
        var ended: Date?
        var prompt = false
        if let coupleID = user.$couple.id {
            active = try await CoupleController.view(of: coupleID, on: db).activePause
            let recent = Date().addingTimeInterval(-2 * 3600)
            if active?.byID != userID, let last = try await Pause.query(on: db).filter(\.$user.$id == userID)
                .filter(\.$endedAt == nil).filter(\.$returnsAt > recent).filter(\.$returnsAt <= Date())
                .sort(\.$returnsAt, .descending).first() {
                ended = last.returnsAt
            }
            let weekAgo = Date().addingTimeInterval(-7 * 24 * 3600)
            prompt = try await Appreciation.query(on: db).filter(\.$sender.$id == userID).filter(\.$createdAt > weekAgo).count() == 0
        }
        return Dashboard(
            activePause: active, pauseEndedAt: ended, appreciationPrompt: prompt,
            latestCheckIns: try await CheckIn.query(on: db).filter(\.$user.$id == userID)
                .sort(\.$answeredAt, .descending).range(..<10).all().map(CheckInResponse.init),
            journalEntries: try await JournalEntry.query(on: db).filter(\.$user.$id == userID).count(),
            inCouple: user.$couple.id != nil)
    }
}
