import Vapor

/// Checks the CSRF token of every form post: the session's own secret when logged in, otherwise
/// a double-submit cookie (`haven_csrf`) set with the form. A missing or wrong token is 403.
struct CSRFMiddleware: AsyncMiddleware {
    static let cookieName = "haven_csrf"
    static let fieldName = "csrf"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        var anonymousToken = request.cookies[Self.cookieName]?.string
        if request.method == .POST {
            let sent = (try? request.content.get(String.self, at: Self.fieldName)) ?? ""
            let expected = request.auth.get(CurrentToken.self)?.csrf ?? anonymousToken ?? ""
            guard !expected.isEmpty, SecretToken.constantTimeEquals(sent, expected) else {
                throw Abort(.forbidden, reason: "This form has expired. Go back, reload the page and try again.")
            }
        }
        let needsCookie = anonymousToken == nil && request.auth.get(CurrentToken.self) == nil
        if needsCookie { anonymousToken = SecretToken.make() }
        request.storage[FormToken.self] = request.auth.get(CurrentToken.self)?.csrf ?? anonymousToken
        let response = try await next.respond(to: request)
        if needsCookie, let anonymousToken {
            response.cookies[Self.cookieName] = HTTPCookies.Value(
                string: anonymousToken, path: "/", isSecure: request.haven.config.secureCookies, isHTTPOnly: true, sameSite: .strict)
        }
        return response
    }

    struct FormToken: StorageKey {
        typealias Value = String
    }
}

extension Request {
    /// The token to embed in this page's forms.
    var csrfToken: String { storage[CSRFMiddleware.FormToken.self] ?? "" }
}
