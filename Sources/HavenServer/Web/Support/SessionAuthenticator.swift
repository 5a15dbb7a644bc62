import Fluent
import Vapor

/// Logs in the user of a browser session cookie (a `browser` token kept in the database, so
/// that any instance behind a load balancer can serve the next request).
struct SessionAuthenticator: AsyncRequestAuthenticator {
    static let cookieName = "haven_session"

    func authenticate(request: Request) async throws {
        guard let secret = request.cookies[Self.cookieName]?.string, !secret.isEmpty, secret.count < 200 else { return }
        guard let token = try await UserToken.query(on: request.db)
            .filter(\.$tokenHash == SecretToken.hash(secret))
            .filter(\.$kind == .browser)
            .join(User.self, on: \UserToken.$user.$id == \User.$id)
            .first(),
            (token.expiresAt ?? .distantPast) > Date()
        else { return }
        request.auth.login(try token.joined(User.self))
        request.auth.login(CurrentToken(id: try token.requireID(), csrf: token.csrfToken, kind: .browser))
    }

    /// The session cookie: `HttpOnly`, `SameSite=Lax`, and `Secure` behind TLS.
    static func cookie(_ secret: String, config: AppConfig) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: secret, expires: Date().addingTimeInterval(config.sessionLifetime), maxAge: Int(config.sessionLifetime),
            path: "/", isSecure: config.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    static func expired(config: AppConfig) -> HTTPCookies.Value {
        HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/",
                          isSecure: config.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }
}
