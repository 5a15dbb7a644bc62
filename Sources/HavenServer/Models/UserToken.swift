import Fluent
import Vapor

/// A bearer token (API) or a browser session; only the SHA-256 of the secret is stored.
final class UserToken: Model, @unchecked Sendable {
    static let schema = "user_tokens"

    enum Kind: String, Codable, Sendable {
        case api
        case browser
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "kind") var kind: Kind
    /// The secret a browser session's forms must echo (CSRF); unused for API tokens.
    @OptionalField(key: "csrf_token") var csrfToken: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "expires_at") var expiresAt: Date?

    init() {}

    init(id: UUID? = nil, userID: UUID, tokenHash: String, kind: Kind, csrfToken: String? = nil, expiresAt: Date? = nil) {
        self.id = id
        self.$user.id = userID
        self.tokenHash = tokenHash
        self.kind = kind
        self.csrfToken = csrfToken
        self.expiresAt = expiresAt
    }
}
