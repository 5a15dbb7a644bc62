import Fluent
import Vapor

/// A single-use, expiring code that lets the partner join a couple; only its hash is stored.
final class CoupleInvite: Model, @unchecked Sendable {
    static let schema = "couple_invites"

    @ID(key: .id) var id: UUID?
    @Parent(key: "couple_id") var couple: Couple
    @Parent(key: "created_by") var creator: User
    @Field(key: "code_hash") var codeHash: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?

    init() {}

    init(coupleID: UUID, creatorID: UUID, codeHash: String, expiresAt: Date) {
        self.$couple.id = coupleID
        self.$creator.id = creatorID
        self.codeHash = codeHash
        self.expiresAt = expiresAt
    }
}
