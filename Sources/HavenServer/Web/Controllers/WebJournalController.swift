import Fluent
import HavenCore
import Vapor

/// The journal and the message coach as pages.
struct WebJournalController {
    func boot(routes: any RoutesBuilder) {
        routes.get("journal", use: journal)
        routes.post("journal", use: write)
        routes.post("journal", ":id", "delete", use: delete)
        routes.get("coach") { req in
            try await req.view.render("coach", CoachPage(page: PageMeta("Message coach", req)))
        }
        routes.post("coach", use: coach)
    }

    struct Entry: Encodable { var id: UUID; var text: String; var day: String }
    struct JournalPage: Encodable { var page: PageMeta; var entries: [Entry] }

    @Sendable func journal(req: Request) async throws -> View {
        let entries = try await JournalController.entries(of: try req.user(), services: req.haven, on: req.db)
        return try await req.view.render("journal", JournalPage(
            page: PageMeta("Journal", req),
            entries: entries.map { Entry(id: $0.id, text: $0.text, day: TimeText.day($0.createdAt)) }))
    }

    @Sendable func write(req: Request) async throws -> Response {
        let entry = try await JournalController.write(
            try req.content.decode(TextRequest.self).text, by: try req.user(), services: req.haven, on: req.db)
        if !entry.safety.isEmpty {
            return try await req.view.render("safety", SafetyPage(req, concerns: entry.safety))
                .encodeResponse(for: req)
        }
        return req.redirect(to: "/journal?notice=saved", redirectType: .normal)
    }

    @Sendable func delete(req: Request) async throws -> Response {
        _ = try await JournalController().delete(req: req)
        return req.redirect(to: "/journal?notice=deleted", redirectType: .normal)
    }

    struct EvidenceView: Encodable { var text: String }
    struct FindingView: Encodable {
        var label: String
        var explanation: String
        var antidote: String?
        var evidence: [String]
        var rewrite: String?
    }

    struct CoachPage: Encodable {
        var page: PageMeta
        var text: String?
        var analysed = false
        var supported = true
        var findings: [FindingView] = []
        var support: SupportGuidance?
    }

    @Sendable func coach(req: Request) async throws -> View {
        let text = try InputRules.text(try req.content.decode(TextRequest.self).text, field: "text", max: 5_000)
        let result = req.haven.engine.analyze(text)
        let screening = req.haven.safety.screen(text)
        // The same rewrites `haven check` suggests; shown to the writer only.
        let rewrites = MessageRewriter(engine: req.haven.engine).rewrites(for: text, result: result, safetyConcern: screening.fired)
        let findings = result.findings.map {
            FindingView(label: $0.label.rawValue.replacingOccurrences(of: "-", with: " ").capitalized,
                        explanation: $0.explanation, antidote: $0.antidote, evidence: $0.evidence.map(\.text),
                        rewrite: rewrites[$0.label])
        }
        return try await req.view.render("coach", CoachPage(
            page: PageMeta("Message coach", req), text: text, analysed: true, supported: result.isSupported,
            findings: findings, support: req.supportGuidance(for: screening.concerns.map(\.rawValue))))
    }
}
