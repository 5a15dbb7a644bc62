import Fluent
import Vapor

/// `/api/v1/users` and `/api/v1/tokens`: sign up, log in for a bearer token, list and revoke tokens.
struct AccountController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post("users", use: createUser)
        routes.post("tokens", use: createToken)
    }

    func bootProtected(routes: any RoutesBuilder) {
        routes.get("tokens", use: listTokens)
        routes.delete("tokens", ":id", use: revokeToken)
    }

    @Sendable func createUser(req: Request) async throws -> Response {
        let body = try req.content.decode(CreateUserRequest.self)
        let user = try await AccountService(request: req).register(
            email: body.email, password: body.password, displayName: body.displayName)
        return try await IDResponse(id: user.requireID()).encodeResponse(status: .created, for: req)
    }

    @Sendable func createToken(req: Request) async throws -> Response {
        let body = try req.content.decode(CreateTokenRequest.self)
        let accounts = AccountService(request: req)
        let user = try await accounts.logIn(email: body.email, password: body.password)
        let (secret, _) = try await accounts.issueToken(for: user, kind: .api)
        return try await TokenResponse(token: secret).encodeResponse(status: .created, for: req)
    }

    @Sendable func listTokens(req: Request) async throws -> [TokenInfo] {
        let user = try req.user()
        let current = req.auth.get(CurrentToken.self)?.id
        return try await UserToken.query(on: req.db).filter(\.$user.$id == user.requireID())
            .sort(\.$createdAt).all()
            .map { token in
                let id = try token.requireID()
                return TokenInfo(id: id, kind: token.kind.rawValue, createdAt: token.createdAt,
                                 expiresAt: token.expiresAt, current: id == current)
            }
    }

    @Sendable func revokeToken(req: Request) async throws -> HTTPStatus {
        let user = try req.user()
        let id = try InputRules.id(req)
        guard let token = try await UserToken.find(id, on: req.db), token.$user.id == user.id else {
            throw Abort(.notFound, reason: "No such token.")
        }
        try await token.delete(on: req.db)
        return .noContent
    }
}
