import Fluent
import Vapor

/// A person with an account: a partner in at most one couple, or a therapist.
final class User: Model, Authenticatable, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Field(key: "email") var email: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "display_name") var displayName: String
    @OptionalParent(key: "couple_id") var couple: Couple?
    /// An IANA time zone ("Europe/Berlin") for the times pages show.
    @OptionalField(key: "time_zone") var timeZone: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, email: String, passwordHash: String, displayName: String) {
        self.id = id
        self.email = email
        self.passwordHash = passwordHash
        self.displayName = displayName
    }
}
