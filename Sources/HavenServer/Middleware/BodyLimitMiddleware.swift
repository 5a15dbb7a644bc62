import Vapor

/// Refuses bodies over the limit with 413, whether announced by `Content-Length` or already
/// collected (routes collect at most `app.routes.defaultMaxBodySize` while streaming).
struct BodyLimitMiddleware: AsyncMiddleware {
    let maxBytes: Int
    let uploadMaxBytes: Int
    /// Paths that accept a chat export, which may be larger.
    let uploadPaths: Set<String>

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let limit = uploadPaths.contains(request.url.path) ? uploadMaxBytes : maxBytes
        let announced = request.headers.first(name: .contentLength).flatMap(Int.init) ?? 0
        let collected = request.body.data?.readableBytes ?? 0
        if max(announced, collected) > limit {
            throw Abort(.payloadTooLarge, reason: "The request body is larger than \(limit / 1024) KB.")
        }
        return try await next.respond(to: request)
    }
}
