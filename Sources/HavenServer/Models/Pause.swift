import Fluent
import Vapor

/// "I need a break": a partner steps out of a heated talk and says when they will be back.
final class Pause: Model, @unchecked Sendable {
    static let schema = "pauses"

    @ID(key: .id) var id: UUID?
    @Parent(key: "couple_id") var couple: Couple
    @Parent(key: "user_id") var user: User
    @Field(key: "minutes") var minutes: Int
    @Field(key: "started_at") var startedAt: Date
    @Field(key: "returns_at") var returnsAt: Date
    @OptionalField(key: "ended_at") var endedAt: Date?

    init() {}

    init(coupleID: UUID, userID: UUID, minutes: Int, startedAt: Date) {
        self.$couple.id = coupleID
        self.$user.id = userID
        self.minutes = minutes
        self.startedAt = startedAt
        returnsAt = startedAt.addingTimeInterval(TimeInterval(minutes * 60))
    }

    /// Whether the pause is still running at a moment.
    func isActive(at now: Date) -> Bool {
        endedAt == nil && returnsAt > now
    }
}
