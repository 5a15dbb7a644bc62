import Fluent
import HavenCore
import Vapor

/// The message coach, the pause and appreciations.
struct DailyController {
    func boot(routes: any RoutesBuilder) {
        routes.post("coach", use: coach)
        routes.post("pauses", use: startPause)
        routes.post("pauses", ":id", "end", use: endPause)
        routes.get("pauses", use: pauses)
        routes.post("appreciations", use: appreciate)
        routes.get("appreciations", use: appreciations)
    }

    /// Analyses a draft message; nothing is stored. Returns the object `haven classify` writes.
    @Sendable func coach(req: Request) async throws -> Response {
        _ = try req.user()
        let body = try req.content.decode(CoachRequest.self)
        let text = try InputRules.text(body.text, field: "text", max: 5_000)
        let context = try (body.context ?? []).suffix(10).map { turn in
            Turn(speaker: String(turn.speaker.prefix(60)), text: try InputRules.text(turn.text, field: "context.text", max: 5_000))
        }
        let record = Self.classify(text, speaker: body.speaker, context: context, id: body.id ?? "coach", services: req.haven)
        let response = Response(status: .ok, body: .init(string: record))
        response.headers.contentType = .json
        return response
    }

    static func classify(_ text: String, speaker: String?, context: [Turn], id: String, services: HavenServices) -> String {
        let result = services.engine.analyze(text, speaker: speaker, context: context)
        return ClassificationRecord.json(id: String(id.prefix(100)), result: result, safety: services.safety.concerns(in: text))
    }

    @Sendable func startPause(req: Request) async throws -> Response {
        let user = try req.user()
        let body = try req.content.decode(CreatePauseRequest.self)
        let pause = try await Self.startPause(by: user, minutes: body.minutes, on: req.db)
        return try await CreatePauseResponse(id: pause.requireID(), returnsAt: pause.returnsAt)
            .encodeResponse(status: .created, for: req)
    }

    static func startPause(by user: User, minutes: Int, on db: any Database) async throws -> Pause {
        guard (20...1440).contains(minutes) else {
            throw Abort(.badRequest, reason: "'minutes' must be from 20 to 1440 (24 hours).")
        }
        let coupleID = try Access.requireCouple(of: user)
        let userID = try user.requireID()
        // A new pause replaces the person's running one.
        for running in try await Pause.query(on: db).filter(\.$user.$id == userID).filter(\.$endedAt == nil).all() {
            running.endedAt = Date()
            try await running.save(on: db)
        }
        let pause = Pause(coupleID: coupleID, userID: userID, minutes: minutes, startedAt: Date())
        try await pause.save(on: db)
        return pause
    }

    /// Ends a pause early ("I'm back"); only the one who asked for it can.
    @Sendable func endPause(req: Request) async throws -> HTTPStatus {
        let user = try req.user()
        guard let pause = try await Pause.find(try InputRules.id(req), on: req.db), pause.$user.id == user.id else {
            throw Abort(.notFound, reason: "No such pause.")
        }
        if pause.endedAt == nil { pause.endedAt = Date() }
        try await pause.save(on: req.db)
        return .noContent
    }

    /// The couple's pause history, newest first.
    @Sendable func pauses(req: Request) async throws -> [PauseInfo] {
        let user = try req.user()
        let coupleID = try Access.requireCouple(of: user)
        let members = try await User.query(on: req.db).filter(\.$couple.$id == coupleID).all()
        return try await Pause.query(on: req.db).filter(\.$couple.$id == coupleID).sort(\.$startedAt, .descending)
            .range(..<100).all().map { pause in
                PauseInfo(id: try pause.requireID(), by: members.first { $0.id == pause.$user.id }?.displayName ?? "Former partner",
                          byID: pause.$user.id, startedAt: pause.startedAt, returnsAt: pause.endedAt ?? pause.returnsAt)
            }
    }

    @Sendable func appreciate(req: Request) async throws -> Response {
        let user = try req.user()
        let body = try req.content.decode(TextRequest.self)
        let (note, safety) = try await Self.appreciate(body.text, by: user, services: req.haven, on: req.db)
        return try await CreatedTextResponse(id: note.requireID(), safety: safety, support: req.supportGuidance(for: safety)).encodeResponse(status: .created, for: req)
    }

    static func appreciate(_ raw: String, by user: User, services: HavenServices, on db: any Database) async throws -> (Appreciation, [String]) {
        let coupleID = try Access.requireCouple(of: user)
        let text = try InputRules.text(raw, field: "text", max: 500)
        let note = Appreciation(coupleID: coupleID, senderID: try user.requireID(), text: text)
        try await note.save(on: db)
        return (note, services.safety.concerns(in: text))
    }

    @Sendable func appreciations(req: Request) async throws -> [AppreciationResponse] {
        let user = try req.user()
        return try await Self.appreciations(of: try Access.requireCouple(of: user), on: req.db)
    }

    static func appreciations(of coupleID: UUID, on db: any Database) async throws -> [AppreciationResponse] {
        let notes = try await Appreciation.query(on: db).filter(\.$couple.$id == coupleID).with(\.$sender)
            .sort(\.$createdAt, .descending).range(..<200).all()
        return try notes.map {
            AppreciationResponse(id: try $0.requireID(), from: $0.sender.displayName, fromID: $0.$sender.id,
                                 text: $0.text, createdAt: $0.createdAt)
        }
    }
}
