import Fluent
import Vapor

/// Sign up, log in, log out, export and delete, as pages.
struct WebAccountController {
    func boot(routes: any RoutesBuilder) {
        routes.get { req async throws -> Response in
            if req.auth.has(User.self) { return req.redirect(to: "/home") }
            return try await req.view.render("landing", SimplePage(page: PageMeta("Welcome", req))).encodeResponse(for: req)
        }
        routes.get("signup") { req in try await req.view.render("signup", AccountForm(page: PageMeta("Create an account", req))) }
        routes.post("signup", use: signUp)
        routes.get("login") { req in try await req.view.render("login", AccountForm(page: PageMeta("Log in", req))) }
        routes.post("login", use: logIn)
        routes.post("logout", use: logOut)
    }

    func bootProtected(routes: any RoutesBuilder) {
        routes.get("account", use: account)
        routes.post("account", "timezone", use: setTimeZone)
        routes.get("account", "export.json", use: export)
        routes.post("account", "delete", use: delete)
    }

    struct SignUpForm: Content {
        var email: String
        var password: String
        var displayName: String
    }

    struct AccountForm: Encodable {
        var page: PageMeta
        var error: String?
        var email: String?
        var displayName: String?
    }

    struct SimplePage: Encodable {
        var page: PageMeta
    }

    @Sendable func signUp(req: Request) async throws -> Response {
        let form = try req.content.decode(SignUpForm.self)
        let accounts = AccountService(request: req)
        do {
            let user = try await accounts.register(email: form.email, password: form.password, displayName: form.displayName)
            return try await startSession(for: user, req: req, accounts: accounts)
        } catch let error as any AbortError where error.status == .badRequest || error.status == .conflict {
            let page = AccountForm(page: PageMeta("Create an account", req), error: error.reason, email: form.email, displayName: form.displayName)
            return try await req.view.render("signup", page).encodeResponse(status: error.status, for: req)
        }
    }

    @Sendable func logIn(req: Request) async throws -> Response {
        let form = try req.content.decode(CreateTokenRequest.self)
        let accounts = AccountService(request: req)
        do {
            let user = try await accounts.logIn(email: form.email, password: form.password)
            return try await startSession(for: user, req: req, accounts: accounts)
        } catch let error as any AbortError where error.status == .unauthorized || error.status == .tooManyRequests {
            let page = AccountForm(page: PageMeta("Log in", req), error: error.reason, email: form.email)
            return try await req.view.render("login", page).encodeResponse(status: error.status, for: req)
        }
    }

    private func startSession(for user: User, req: Request, accounts: AccountService) async throws -> Response {
        let (secret, _) = try await accounts.issueToken(for: user, kind: .browser)
        let response = req.redirect(to: "/home", redirectType: .normal)
        response.cookies[SessionAuthenticator.cookieName] = SessionAuthenticator.cookie(secret, config: req.haven.config)
        return response
    }

    @Sendable func logOut(req: Request) async throws -> Response {
        if let current = req.auth.get(CurrentToken.self), current.kind == .browser {
            try await UserToken.query(on: req.db).filter(\.$id == current.id).delete()
        }
        req.auth.logout(User.self)
        let response = req.redirect(to: "/", redirectType: .normal)
        response.cookies[SessionAuthenticator.cookieName] = SessionAuthenticator.expired(config: req.haven.config)
        return response
    }

    @Sendable func export(req: Request) async throws -> Response {
        let data = try await MeController.export(try req.user(), services: req.haven, on: req.db)
        let response = try await data.encodeResponse(for: req)
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"haven-export.json\"")
        return response
    }

    struct AccountPage: Encodable {
        var page: PageMeta
        var timeZone: String
        var zones: [String]
    }

    @Sendable func account(req: Request) async throws -> View {
        let user = try req.user()
        return try await req.view.render("account", AccountPage(
            page: PageMeta("Account", req), timeZone: user.timeZone ?? "", zones: TimeZone.knownTimeZoneIdentifiers.sorted()))
    }

    struct TimeZoneForm: Content {
        var timeZone: String
    }

    @Sendable func setTimeZone(req: Request) async throws -> Response {
        let user = try req.user()
        user.timeZone = try MeController.validTimeZone(try req.content.decode(TimeZoneForm.self).timeZone)
        try await user.save(on: req.db)
        return req.redirect(to: "/account?notice=saved", redirectType: .normal)
    }

    struct DeleteForm: Content {
        var confirm: String?
    }

    @Sendable func delete(req: Request) async throws -> Response {
        guard try req.content.decode(DeleteForm.self).confirm == "delete" else {
            throw Abort(.badRequest, reason: "Type delete in the box to confirm.")
        }
        try await MeController.delete(try req.user(), on: req.db)
        let response = req.redirect(to: "/", redirectType: .normal)
        response.cookies[SessionAuthenticator.cookieName] = SessionAuthenticator.expired(config: req.haven.config)
        return response
    }
}
