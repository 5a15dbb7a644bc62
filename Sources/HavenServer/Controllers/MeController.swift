import Fluent
import HavenCore
import Vapor

/// `/api/v1/me`: who I am, my plan, export of all my data, and deleting my account.
struct MeController {
    func boot(routes: any RoutesBuilder) {
        routes.get("me", use: me)
        routes.patch("me", use: update)
        routes.get("me", "export", use: export)
        routes.delete("me", use: deleteMe)
        routes.get("plan", use: plan)
        routes.get("dashboard", use: dashboard)
    }

    @Sendable func me(req: Request) async throws -> MeResponse {
        try MeResponse(try req.user())
    }

    struct UpdateMe: Content {
        var displayName: String?
        var timeZone: String?
    }

    /// Changes my display name or time zone (an empty time zone clears it).
    @Sendable func update(req: Request) async throws -> MeResponse {
        let user = try req.user()
        let body = try req.content.decode(UpdateMe.self)
        if let name = body.displayName {
            user.displayName = try InputRules.text(name, field: "displayName", max: 60, allowNewlines: false)
        }
        if let zone = body.timeZone { user.timeZone = try Self.validTimeZone(zone) }
        try await user.save(on: req.db)
        return try MeResponse(user)
    }

    /// An IANA time zone identifier, or `nil` for an empty string. - Throws: 400 for an unknown zone.
    static func validTimeZone(_ raw: String) throws -> String? {
        let zone = raw.trimmingCharacters(in: .whitespaces)
        if zone.isEmpty { return nil }
        guard zone.count <= 64, TimeZone(identifier: zone) != nil else {
            throw Abort(.badRequest, reason: "'timeZone' must be an IANA time zone such as Europe/Berlin.")
        }
        return zone
    }

    /// The data of my home page: running pause, the reminder, the appreciation prompt, latest check-ins.
    @Sendable func dashboard(req: Request) async throws -> Dashboard {
        try await Dashboard.load(for: try req.user(), on: req.db)
    }

    @Sendable func export(req: Request) async throws -> MyDataExport {
        try await Self.export(try req.user(), services: req.haven, on: req.db)
    }

    static func export(_ user: User, services: HavenServices, on db: any Database) async throws -> MyDataExport {
        let id = try user.requireID()
        return MyDataExport(
            schemaVersion: 1, exportedAt: Date(),
            user: try MeResponse(user),
            checkIns: try await CheckIn.query(on: db).filter(\.$user.$id == id).sort(\.$answeredAt).all().map(CheckInResponse.init),
            journal: try await JournalController.entries(of: user, services: services, on: db),
            appreciationsSent: try await Appreciation.query(on: db).filter(\.$sender.$id == id).sort(\.$createdAt).all().map {
                AppreciationResponse(id: try $0.requireID(), from: user.displayName, fromID: id, text: $0.text, createdAt: $0.createdAt)
            },
            pauses: try await Pause.query(on: db).filter(\.$user.$id == id).sort(\.$startedAt).all().map {
                PauseInfo(id: try $0.requireID(), by: user.displayName, byID: id, startedAt: $0.startedAt, returnsAt: $0.returnsAt)
            },
            analyses: try await ChatAnalysis.query(on: db).filter(\.$user.$id == id).sort(\.$createdAt).all()
                .map { try AnalysisResponse($0, viewer: user) },
            tokens: try await UserToken.query(on: db).filter(\.$user.$id == id).all().map {
                TokenInfo(id: try $0.requireID(), kind: $0.kind.rawValue, createdAt: $0.createdAt, expiresAt: $0.expiresAt, current: false)
            })
    }

    /// Removes everything of mine; the partner's own data and the couple stay.
    @Sendable func deleteMe(req: Request) async throws -> HTTPStatus {
        try await Self.delete(try req.user(), on: req.db)
        req.auth.logout(User.self)
        return .noContent
    }

    static func delete(_ user: User, on db: any Database) async throws {
        let id = try user.requireID()
        try await db.transaction { db in
            if let coupleID = user.$couple.id {
                try await CoupleController.leave(user, coupleID: coupleID, on: db)
            }
            try await UserToken.query(on: db).filter(\.$user.$id == id).delete()
            try await CheckIn.query(on: db).filter(\.$user.$id == id).delete()
            try await JournalEntry.query(on: db).filter(\.$user.$id == id).delete()
            try await Appreciation.query(on: db).filter(\.$sender.$id == id).delete()
            try await Pause.query(on: db).filter(\.$user.$id == id).delete()
            try await CoupleInvite.query(on: db).filter(\.$creator.$id == id).delete()
            try await TherapistLink.query(on: db).filter(\.$therapist.$id == id).delete()
            try await ChatAnalysis.query(on: db).filter(\.$user.$id == id).delete()
            try await LoginFailure.query(on: db).filter(\.$key == "account:" + SecretToken.hash(user.email)).delete()
            try await user.delete(on: db)
        }
    }

    /// My plan of next steps, from my check-ins and the safety concerns in my own writing.
    @Sendable func plan(req: Request) async throws -> Response {
        try JSONBody.response(try await Self.plan(for: try req.user(), services: req.haven, on: req.db))
    }

    static func plan(for user: User, services: HavenServices, on db: any Database) async throws -> Plan {
        let id = try user.requireID()
        let results = try await CheckIn.query(on: db).filter(\.$user.$id == id).sort(\.$answeredAt).all().map(\.assessmentResult)
        let recent = Date().addingTimeInterval(-30 * 24 * 3600)
        let concerns = try await JournalEntry.query(on: db).filter(\.$user.$id == id).filter(\.$createdAt > recent).all()
            .flatMap(\.safety)
        // The latest chat analysis in which the person named themselves, read as `haven plan --analysis` reads it.
        var analysis: ChatAnalysisSummary?
        let latest = try await ChatAnalysis.query(on: db).filter(\.$user.$id == id).filter(\.$participant != nil)
            .sort(\.$createdAt, .descending).first()
        if let latest {
            analysis = try JSONDecoder().decode(ChatAnalysisSummary.self, from: latest.report.jsonData())
        }
        return try services.planEngine.makePlan(PlanInput(
            history: AssessmentHistory(results: results), analysis: analysis, participant: latest?.participant,
            safetyConcerns: Set(concerns)))
    }
}

struct MeResponse: Content {
    var id: UUID
    var email: String
    var displayName: String
    var coupleID: UUID?
    var timeZone: String?

    init(_ user: User) throws {
        id = try user.requireID()
        email = user.email
        displayName = user.displayName
        coupleID = user.$couple.id
        timeZone = user.timeZone
    }
}

struct MyDataExport: Content {
    var schemaVersion: Int
    var exportedAt: Date
    var user: MeResponse
    var checkIns: [CheckInResponse]
    var journal: [JournalEntryResponse]
    var appreciationsSent: [AppreciationResponse]
    var pauses: [PauseInfo]
    var analyses: [AnalysisResponse]
    var tokens: [TokenInfo]
}
