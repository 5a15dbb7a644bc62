import Fluent
import Vapor

/// A short note of thanks or fondness to the partner.
final class Appreciation: Model, @unchecked Sendable {
    static let schema = "appreciations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "couple_id") var couple: Couple
    @Parent(key: "from_id") var sender: User
    @Field(key: "text") var text: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(coupleID: UUID, senderID: UUID, text: String) {
        self.$couple.id = coupleID
        self.$sender.id = senderID
        self.text = text
    }
}
