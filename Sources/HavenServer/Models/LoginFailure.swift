import Fluent
import Vapor

/// One failed login, counted per account and per client address to throttle guessing.
/// Kept in the database so that every instance behind a load balancer sees the same count.
final class LoginFailure: Model, @unchecked Sendable {
    static let schema = "login_failures"

    @ID(key: .id) var id: UUID?
    /// `account:<sha256 of e-mail>` or `address:<ip>`.
    @Field(key: "key") var key: String
    @Field(key: "at") var at: Date

    init() {}

    init(key: String, at: Date) {
        self.key = key
        self.at = at
    }
}
