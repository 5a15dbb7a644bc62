import Fluent
import HavenCore
import Vapor

/// Chat analysis: upload an export, see its report; share it with the partner only if both consent.
struct AnalysisController {
    func boot(routes: any RoutesBuilder, uploadLimit: Int) {
        routes.on(.POST, "analyses", body: .collect(maxSize: ByteCount(value: uploadLimit)), use: upload)
        routes.get("analyses", use: list)
        routes.get("analyses", ":id", use: show)
        routes.post("analyses", ":id", "share", use: requestShare)
        routes.post("analyses", ":id", "consent", use: consent)
        routes.delete("analyses", ":id", use: delete)
    }

    /// The raw export is the body; `?fileName=` helps detect the format.
    @Sendable func upload(req: Request) async throws -> Response {
        let user = try req.user()
        guard let body = req.body.data, body.readableBytes > 0 else {
            throw Abort(.badRequest, reason: "The body must be the chat export file.")
        }
        let fileName = String((req.query[String.self, at: "fileName"] ?? "chat.txt").suffix(200))
        let analysis = try await Self.analyze(
            Data(buffer: body), fileName: fileName, participant: req.query[String.self, at: "participant"], for: user, on: req)
        return try await AnalysisResponse(analysis, viewer: user).encodeResponse(status: .created, for: req)
    }

    static func analyze(
        _ data: Data, fileName: String, participant rawParticipant: String?, for user: User, on req: Request
    ) async throws -> ChatAnalysis {
        let analyzer = req.haven.chatAnalyzer
        let report = try await req.application.threadPool.runIfActive { try analyzer.report(for: data, fileName: fileName) }
        let participant = rawParticipant.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        if let participant, !report.participants.contains(where: { $0.name == participant }) {
            let names = report.participants.map(\.name).joined(separator: ", ")
            throw Abort(.badRequest, reason: "'participant' must be one of the names in the chat: \(names).")
        }
        let analysis = ChatAnalysis(userID: try user.requireID(), report: report, participant: participant)
        try await analysis.save(on: req.db)
        return analysis
    }

    /// Mine, and my partner's that are shared or waiting for my answer (without the report until I accept).
    @Sendable func list(req: Request) async throws -> [AnalysisResponse] {
        let user = try req.user()
        return try await Self.visible(to: user, on: req.db).map { try AnalysisResponse($0, viewer: user) }
    }

    static func visible(to user: User, on db: any Database) async throws -> [ChatAnalysis] {
        let mine = try await ChatAnalysis.query(on: db).filter(\.$user.$id == user.requireID()).sort(\.$createdAt, .descending).all()
        guard let coupleID = user.$couple.id else { return mine }
        let partners = try await User.query(on: db).filter(\.$couple.$id == coupleID).filter(\.$id != user.requireID()).all()
            .map { try $0.requireID() }
        guard !partners.isEmpty else { return mine }
        let theirs = try await ChatAnalysis.query(on: db).filter(\.$user.$id ~~ partners).filter(\.$coupleID == coupleID)
            .filter(\.$sharing ~~ [.requested, .shared]).sort(\.$createdAt, .descending).all()
        return mine + theirs
    }

    @Sendable func show(req: Request) async throws -> AnalysisResponse {
        let user = try req.user()
        return try AnalysisResponse(try await Self.find(req, visibleTo: user), viewer: user)
    }

    /// The analysis when the user is its owner or a partner it was offered to; 404 otherwise.
    static func find(_ req: Request, visibleTo user: User) async throws -> ChatAnalysis {
        let id = try InputRules.id(req)
        guard let analysis = try await ChatAnalysis.query(on: req.db).filter(\.$id == id).with(\.$user).first() else {
            throw Abort(.notFound, reason: "No such analysis.")
        }
        if analysis.$user.id == user.id { return analysis }
        guard Access.arePartners(analysis.user, user), analysis.coupleID == user.$couple.id,
              analysis.sharing == .requested || analysis.sharing == .shared
        else { throw Abort(.notFound, reason: "No such analysis.") }
        return analysis
    }

    /// The uploader asks to share it with the partner.
    @Sendable func requestShare(req: Request) async throws -> AnalysisResponse {
        let user = try req.user()
        let analysis = try await Self.find(req, visibleTo: user)
        guard analysis.$user.id == user.id else { throw Abort(.notFound, reason: "No such analysis.") }
        analysis.coupleID = try Access.requireCouple(of: user)
        if analysis.sharing != .shared { analysis.sharing = .requested }
        try await analysis.save(on: req.db)
        return try AnalysisResponse(analysis, viewer: user)
    }

    struct ConsentRequest: Content {
        var accept: Bool
    }

    /// The partner accepts (then both see it) or declines (then only the uploader does).
    @Sendable func consent(req: Request) async throws -> AnalysisResponse {
        let user = try req.user()
        let accept = try req.content.decode(ConsentRequest.self).accept
        let analysis = try await Self.find(req, visibleTo: user)
        guard analysis.$user.id != user.id else {
            throw Abort(.conflict, reason: "Your partner answers a sharing request, not the uploader.")
        }
        analysis.sharing = accept ? .shared : .declined
        try await analysis.save(on: req.db)
        return try AnalysisResponse(analysis, viewer: user)
    }

    @Sendable func delete(req: Request) async throws -> HTTPStatus {
        let user = try req.user()
        let analysis = try await Self.find(req, visibleTo: user)
        guard analysis.$user.id == user.id else { throw Abort(.notFound, reason: "No such analysis.") }
        try await analysis.delete(on: req.db)
        return .noContent
    }
}

struct AnalysisResponse: Content {
    var id: UUID
    var owner: UUID
    var mine: Bool
    var sharing: String
    var createdAt: Date?
    var messages: Int
    /// The uploader's name in the chat (shown to the uploader only).
    var participant: String?
    /// The report `haven analyze --json` writes; absent for a partner until they accept the request.
    var report: AnalysisReport?

    init(_ analysis: ChatAnalysis, viewer: User) throws {
        id = try analysis.requireID()
        owner = analysis.$user.id
        mine = analysis.$user.id == viewer.id
        sharing = analysis.sharing.rawValue
        createdAt = analysis.createdAt
        messages = analysis.report.messages
        participant = mine ? analysis.participant : nil
        report = mine || analysis.sharing == .shared ? analysis.report : nil
    }
}
