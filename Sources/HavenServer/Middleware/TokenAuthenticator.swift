import Fluent
import Vapor

/// Logs in the user of an API bearer token.
struct TokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        let hash = SecretToken.hash(bearer.token)
        // One query: the token joined with its user (this runs on every API request).
        guard let token = try await UserToken.query(on: request.db)
            .filter(\.$tokenHash == hash)
            .filter(\.$kind == .api)
            .join(User.self, on: \UserToken.$user.$id == \User.$id)
            .first()
        else { return }
        if let expiry = token.expiresAt, expiry < Date() { return }
        request.auth.login(try token.joined(User.self))
        request.auth.login(CurrentToken(id: try token.requireID(), csrf: token.csrfToken, kind: token.kind))
    }
}

/// The token or session the request was authenticated with.
struct CurrentToken: Authenticatable {
    var id: UUID
    var csrf: String?
    var kind: UserToken.Kind
}
