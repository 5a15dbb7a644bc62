import Fluent
import HavenCore
import Vapor

/// Chat analysis as a page: upload, read the counts, ask the partner to share, answer a request.
struct WebAnalysisController {
    func boot(routes: any RoutesBuilder, uploadLimit: Int) {
        routes.get("analysis", use: page)
        routes.on(.POST, "analysis", body: .collect(maxSize: ByteCount(value: uploadLimit)), use: upload)
        routes.get("analysis", ":id", "report", use: report)
        routes.post("analysis", ":id", "share", use: share)
        routes.post("analysis", ":id", "consent", use: consent)
        routes.post("analysis", ":id", "delete", use: delete)
    }

    struct Row: Encodable {
        var name: String
        var messages: Int
        var signals: String

        static func rows(_ report: AnalysisReport?) -> [Row] {
            (report?.participants ?? []).map { person in
                let counts = person.signals.filter { $0.value > 0 }.sorted { $0.key < $1.key }
                    .map { "\(ReportText.label($0.key)) \($0.value)" }
                return Row(name: person.name, messages: person.messages, signals: counts.isEmpty ? "none" : counts.joined(separator: ", "))
            }
        }
    }
    struct Item: Encodable {
        var id: UUID
        var mine: Bool
        var sharing: String
        var day: String
        var messages: Int
        var format: String?
        var rows: [Row]
        var inCouple: Bool
    }
    struct Page: Encodable { var page: PageMeta; var items: [Item]; var error: String? }

    @Sendable func page(req: Request) async throws -> View {
        try await render(req)
    }

    func render(_ req: Request, error: String? = nil) async throws -> View {
        let user = try req.user()
        let items = try await AnalysisController.visible(to: user, on: req.db).map { analysis in
            let view = try AnalysisResponse(analysis, viewer: user)
            return Item(
                id: view.id, mine: view.mine, sharing: view.sharing, day: TimeText.day(view.createdAt), messages: view.messages,
                format: view.report?.format,
                rows: Row.rows(view.report),
                inCouple: user.$couple.id != nil)
        }
        return try await req.view.render("analysis", Page(page: PageMeta("Chat analysis", req), items: items, error: error))
    }

    struct UploadForm: Content {
        var file: File
        var participant: String?
    }

    @Sendable func upload(req: Request) async throws -> Response {
        let form = try req.content.decode(UploadForm.self)
        guard form.file.data.readableBytes > 0 else { throw Abort(.badRequest, reason: "Choose a chat export file first.") }
        do {
            _ = try await AnalysisController.analyze(
                Data(buffer: form.file.data), fileName: form.file.filename, participant: form.participant, for: try req.user(), on: req)
        } catch let error as ImportError {
            return try await render(req, error: "This file could not be read as a chat export: \(error.description)")
                .encodeResponse(status: .badRequest, for: req)
        } catch let error as any AbortError where error.status == .badRequest {
            return try await render(req, error: error.reason).encodeResponse(status: .badRequest, for: req)
        }
        return req.redirect(to: "/analysis?notice=saved", redirectType: .normal)
    }

    /// The full report, rendered by HavenCore exactly as `haven analyze --html` writes it.
    @Sendable func report(req: Request) async throws -> Response {
        let user = try req.user()
        let analysis = try await AnalysisController.find(req, visibleTo: user)
        guard analysis.$user.id == user.id || analysis.sharing == .shared else {
            throw Abort(.notFound, reason: "No such analysis.")
        }
        let response = Response(status: .ok, body: .init(string: HTMLReport(report: analysis.report).render()))
        response.headers.contentType = .html
        response.headers.replaceOrAdd(name: "Content-Security-Policy", value: SecurityHeadersMiddleware.inlineStylePolicy)
        return response
    }

    @Sendable func share(req: Request) async throws -> Response {
        _ = try await AnalysisController().requestShare(req: req)
        return req.redirect(to: "/analysis?notice=sent", redirectType: .normal)
    }

    @Sendable func consent(req: Request) async throws -> Response {
        _ = try await AnalysisController().consent(req: req)
        return req.redirect(to: "/analysis?notice=saved", redirectType: .normal)
    }

    @Sendable func delete(req: Request) async throws -> Response {
        _ = try await AnalysisController().delete(req: req)
        return req.redirect(to: "/analysis?notice=deleted", redirectType: .normal)
    }
}

/// Signal names as people read them.
enum ReportText {
    static func label(_ raw: String) -> String {
        raw.replacingOccurrences(of: "-", with: " ")
    }
}
