import Fluent
import HavenCore
import Vapor

/// Check-ins: score a questionnaire with HavenCore and store it private or shared.
struct CheckInController {
    func boot(routes: any RoutesBuilder) {
        routes.get("questionnaires", use: questionnaires)
        routes.post("checkins", use: create)
        routes.get("checkins", use: list)
        routes.get("checkins", "history", ":questionnaire", use: history)
        routes.get("checkins", ":id", use: show)
        routes.delete("checkins", ":id", use: delete)
        routes.get("couple", "checkins", use: shared)
    }

    @Sendable func questionnaires(req: Request) async throws -> [QuestionnaireSummary] {
        req.haven.catalog.ids.compactMap { id in
            guard let q = try? req.haven.catalog.questionnaire(id) else { return nil }
            return QuestionnaireSummary(q)
        }
    }

    @Sendable func create(req: Request) async throws -> Response {
        let user = try req.user()
        let body = try req.content.decode(CreateCheckInRequest.self)
        let checkIn = try Self.score(body, userID: user.requireID(), services: req.haven)
        try await checkIn.save(on: req.db)
        return try await CreateCheckInResponse(id: checkIn.requireID(), scores: checkIn.scores)
            .encodeResponse(status: .created, for: req)
    }

    /// Validates and scores a check-in with HavenCore.
    static func score(_ body: CreateCheckInRequest, userID: UUID, services: HavenServices) throws -> CheckIn {
        guard let visibility = CheckIn.Visibility(rawValue: body.visibility) else {
            throw Abort(.badRequest, reason: "'visibility' must be \"private\" or \"partner\".")
        }
        guard body.answers.count <= 200 else { throw Abort(.badRequest, reason: "'answers' has too many items.") }
        let answers: [Int?] = try body.answers.enumerated().map { index, value in
            guard let value else { return nil }
            guard value.rounded() == value, abs(value) < 1_000 else {
                throw Abort(.badRequest, reason: "'answers[\(index)]' must be a whole number.")
            }
            return Int(value)
        }
        let questionnaire = try services.catalog.questionnaire(body.questionnaire)
        let result = try services.scorer.score(answers, for: questionnaire, date: Date())
        return CheckIn(
            userID: userID,
            result: AssessmentResultFields(
                questionnaire: result.questionnaireID, version: result.questionnaireVersion, answers: result.answers,
                scores: result.scores, flags: result.flags, date: result.date),
            visibility: visibility, shareWithTherapist: body.shareWithTherapist ?? false)
    }

    @Sendable func list(req: Request) async throws -> [CheckInResponse] {
        let user = try req.user()
        return try await CheckIn.query(on: req.db).filter(\.$user.$id == user.requireID())
            .sort(\.$answeredAt, .descending).all().map(CheckInResponse.init)
    }

    /// The partner's check-ins they chose to share.
    @Sendable func shared(req: Request) async throws -> [CheckInResponse] {
        let user = try req.user()
        let coupleID = try Access.requireCouple(of: user)
        let partners = try await User.query(on: req.db).filter(\.$couple.$id == coupleID)
            .filter(\.$id != user.requireID()).all().map { try $0.requireID() }
        guard !partners.isEmpty else { return [] }
        return try await CheckIn.query(on: req.db).filter(\.$user.$id ~~ partners).filter(\.$visibility == .partner)
            .sort(\.$answeredAt, .descending).all().map(CheckInResponse.init)
    }

    @Sendable func show(req: Request) async throws -> CheckInResponse {
        try CheckInResponse(try await Self.readable(req))
    }

    @Sendable func delete(req: Request) async throws -> HTTPStatus {
        let user = try req.user()
        guard let checkIn = try await CheckIn.find(try InputRules.id(req), on: req.db), checkIn.$user.id == user.id else {
            throw Abort(.notFound, reason: "No such check-in.")
        }
        try await checkIn.delete(on: req.db)
        return .noContent
    }

    /// The check-in named in the path when the user may read it; 404 otherwise.
    static func readable(_ req: Request) async throws -> CheckIn {
        let viewer = try req.user()
        let id = try InputRules.id(req)
        guard let checkIn = try await CheckIn.query(on: req.db).filter(\.$id == id).with(\.$user).first(),
              try await Access.canRead(checkIn, owner: checkIn.user, viewer: viewer, on: req.db)
        else { throw Abort(.notFound, reason: "No such check-in.") }
        return checkIn
    }

    @Sendable func history(req: Request) async throws -> CheckInHistoryResponse {
        let user = try req.user()
        let questionnaire = try req.haven.catalog.questionnaire(req.parameters.get("questionnaire") ?? "")
        let checkIns = try await CheckIn.query(on: req.db).filter(\.$user.$id == user.requireID())
            .filter(\.$questionnaire == questionnaire.id).sort(\.$answeredAt).all()
        return CheckInHistoryResponse(
            questionnaire: questionnaire.id, checkIns: try checkIns.map(CheckInResponse.init),
            change: Self.change(checkIns, questionnaire: questionnaire).map {
                ChangeInfo(subscale: $0.subscale, before: $0.before, after: $0.after, index: $0.index, direction: $0.direction.rawValue)
            })
    }

    /// Reliable change from the first to the latest check-in.
    static func change(_ checkIns: [CheckIn], questionnaire: Questionnaire) -> [ReliableChange] {
        guard checkIns.count >= 2, let first = checkIns.first, let last = checkIns.last else { return [] }
        return ReliableChange.compare(first.assessmentResult, last.assessmentResult, questionnaire: questionnaire)
    }
}

extension CheckIn {
    /// The check-in as HavenCore's result type.
    var assessmentResult: AssessmentResult {
        AssessmentResult(
            questionnaireID: questionnaire, questionnaireVersion: questionnaireVersion, date: answeredAt,
            answers: answers, scores: scores, flags: flags)
    }
}

struct QuestionnaireSummary: Content {
    var id: String
    var title: String
    var itemCount: Int
    var min: Int
    var max: Int
    var items: [String]

    init(_ q: Questionnaire) {
        id = q.id
        title = q.title.resolved()
        itemCount = q.itemCount
        min = q.scale.min
        max = q.scale.max
        items = q.items.sorted { $0.number < $1.number }.map { $0.text.resolved() }
    }
}
