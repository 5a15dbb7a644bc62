import Fluent
import Vapor

/// Sign-up and log-in shared by the API and the pages, with throttling of failed log-ins.
struct AccountService {
    let request: Request

    private var db: any Database { request.db }
    private var config: AppConfig { request.haven.config }

    /// Creates an account. - Throws: 409 when the e-mail is taken, 400 for invalid input.
    func register(email: String, password: String, displayName: String) async throws -> User {
        let email = try InputRules.email(email)
        let password = try InputRules.password(password)
        let name = try InputRules.text(displayName, field: "displayName", max: 60, allowNewlines: false)
        if try await User.query(on: db).filter(\.$email == email).first() != nil {
            throw Abort(.conflict, reason: "An account with this e-mail already exists.")
        }
        let hash = try await request.haven.passwords.hash(password, on: request)
        let user = User(email: email, passwordHash: hash, displayName: name)
        do {
            try await user.save(on: db)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw Abort(.conflict, reason: "An account with this e-mail already exists.")
        }
        return user
    }

    /// Checks a password, refusing with 429 after too many recent failures for the account or the address.
    /// - Throws: 401 for a wrong e-mail or password, 429 when throttled.
    func logIn(email rawEmail: String, password: String) async throws -> User {
        let email = rawEmail.trimmingCharacters(in: .whitespaces).lowercased()
        let keys = ["account:" + SecretToken.hash(email), "address:" + clientAddress]
        let since = Date().addingTimeInterval(-config.throttleWindow)
        let accountFailures = try await LoginFailure.query(on: db).filter(\.$key == keys[0]).filter(\.$at > since).count()
        let addressFailures = try await LoginFailure.query(on: db).filter(\.$key == keys[1]).filter(\.$at > since).count()
        if accountFailures >= config.maxFailuresPerAccount || addressFailures >= config.maxFailuresPerAddress {
            let minutes = Int(config.throttleWindow / 60)
            throw Abort(.tooManyRequests, headers: ["Retry-After": "\(Int(config.throttleWindow))"],
                        reason: "Too many failed log-ins. Try again in \(minutes) minutes.")
        }
        let user = try await User.query(on: db).filter(\.$email == email).first()
        // Verify against a fixed hash when the account is unknown, so timing does not reveal which e-mails exist.
        let verified = try await request.haven.passwords.verify(
            password, hash: user?.passwordHash ?? request.haven.passwords.dummyHash, on: request)
        guard let user, verified else {
            let now = Date()
            for key in keys { try await LoginFailure(key: key, at: now).save(on: db) }
            // Failures older than the window no longer count; drop them as we go.
            try await LoginFailure.query(on: db).filter(\.$at < since).delete()
            throw Abort(.unauthorized, reason: "Wrong e-mail or password.")
        }
        try await LoginFailure.query(on: db).filter(\.$key == keys[0]).delete()
        return user
    }

    /// Issues a new token; returns the secret, which is shown once and stored only as a hash.
    func issueToken(for user: User, kind: UserToken.Kind) async throws -> (secret: String, token: UserToken) {
        let secret = SecretToken.make()
        let token = UserToken(
            userID: try user.requireID(), tokenHash: SecretToken.hash(secret), kind: kind,
            csrfToken: kind == .browser ? SecretToken.make() : nil,
            expiresAt: kind == .browser ? Date().addingTimeInterval(config.sessionLifetime) : nil)
        try await token.save(on: db)
        // Sessions that ran out are of no use to anyone; drop this person's as they log in again.
        try await UserToken.query(on: db).filter(\.$user.$id == user.requireID()).filter(\.$expiresAt < Date()).delete()
        return (secret, token)
    }

    private var clientAddress: String {
        if config.trustForwardedFor, let forwarded = request.headers.forwarded.first?.for ?? request.headers.first(name: "X-Forwarded-For")?
            .split(separator: ",").first.map({ String($0).trimmingCharacters(in: .whitespaces) }) {
            return forwarded
        }
        return request.remoteAddress?.ipAddress ?? "unknown"
    }

}
