import Vapor

/// Caps each request's logger at `info`. Fluent logs every query at `debug` *with its column
/// values*, which would put appreciation text and other personal data into the logs whenever the
/// server runs with `--log debug`; nothing Haven logs itself below `info` is worth that risk.
struct QuietQueryLogMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.logger.logLevel < .info { request.logger.logLevel = .info }
        return try await next.respond(to: request)
    }
}
