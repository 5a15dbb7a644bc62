import Vapor

/// The paths with a larger body limit (chat exports).
enum UploadRoutes {
    static let paths: Set<String> = ["/api/v1/analyses", "/analysis"]
}

/// Registers the JSON API under `/api/v1` and the pages.
func routes(_ app: Application) throws {
    let api = app.grouped("api", "v1")
    try api.register(collection: AccountController())
    api.get("openapi.json") { req in
        let response = Response(status: .ok, body: .init(string: OpenAPIDocument.json))
        response.headers.contentType = .json
        return response
    }

    let authed = api.grouped(TokenAuthenticator(), User.guardMiddleware())
    AccountController().bootProtected(routes: authed)
    CoupleController().boot(routes: authed)
    CheckInController().boot(routes: authed)
    DailyController().boot(routes: authed)
    JournalController().boot(routes: authed)
    MeController().boot(routes: authed)
    TherapistController().boot(routes: authed)
    AnalysisController().boot(routes: authed, uploadLimit: app.haven.config.maxUploadBytes)

    try WebRoutes.register(app)
}
