import Vapor

/// The server-rendered pages: a session cookie instead of a bearer token, and a CSRF check on
/// every form post.
enum WebRoutes {
    static func register(_ app: Application) throws {
        let web = app.grouped(SessionAuthenticator(), CSRFMiddleware())
        let account = WebAccountController()
        account.boot(routes: web)
        let member = web.grouped(User.redirectMiddleware(path: "/login"))
        account.bootProtected(routes: member)
        WebHomeController().boot(routes: member)
        WebSpaceController().boot(routes: member)
        WebCheckInController().boot(routes: member)
        WebJournalController().boot(routes: member)
        WebTherapistController().boot(routes: member)
        WebAnalysisController().boot(routes: member, uploadLimit: app.haven.config.maxUploadBytes)
    }
}
