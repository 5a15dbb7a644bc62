import Fluent
import Vapor

/// A therapist invited into a couple; active once both partners have approved.
final class TherapistLink: Model, @unchecked Sendable {
    static let schema = "therapist_links"

    @ID(key: .id) var id: UUID?
    @Parent(key: "couple_id") var couple: Couple
    @Parent(key: "therapist_id") var therapist: User
    /// The partners who approved, by user id.
    @Field(key: "approved_by") var approvedBy: [UUID]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(coupleID: UUID, therapistID: UUID, approvedBy: [UUID]) {
        self.$couple.id = coupleID
        self.$therapist.id = therapistID
        self.approvedBy = approvedBy
    }
}
