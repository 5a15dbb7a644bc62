import Fluent
import Vapor

/// A private note, sealed with AES-GCM before it reaches the database.
final class JournalEntry: Model, @unchecked Sendable {
    static let schema = "journal_entries"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    /// Nonce, ciphertext and tag (AES-GCM combined form).
    @Field(key: "sealed") var sealed: Data
    /// The safety concerns screening raised when it was written (never shown to anyone else).
    @Field(key: "safety") var safety: [String]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(userID: UUID, sealed: Data, safety: [String]) {
        self.$user.id = userID
        self.sealed = sealed
        self.safety = safety
    }
}
