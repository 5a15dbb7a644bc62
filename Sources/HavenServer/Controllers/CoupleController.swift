import Fluent
import Vapor

/// Couples: create with an invite code, join, view (with any active pause), leave.
struct CoupleController {
    func boot(routes: any RoutesBuilder) {
        routes.post("couples", use: create)
        routes.post("couples", "join", use: join)
        routes.post("couples", "invite", use: newInvite)
        routes.get("couple", use: show)
        routes.get("couples", ":id", use: showByID)
        routes.post("couple", "leave", use: leave)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let user = try req.user()
        guard user.$couple.id == nil else {
            throw Abort(.conflict, reason: "You are already in a couple space; leave it first.")
        }
        let couple = Couple()
        let (code, expiry) = try await req.db.transaction { db in
            try await couple.save(on: db)
            user.$couple.id = try couple.requireID()
            try await user.save(on: db)
            return try await Self.makeInvite(for: couple.requireID(), by: user, lifetime: req.haven.config.inviteLifetime, on: db)
        }
        return try await CreateCoupleResponse(id: couple.requireID(), inviteCode: code, inviteExpiresAt: expiry)
            .encodeResponse(status: .created, for: req)
    }

    /// A fresh code for the couple (the previous unused ones stop working).
    @Sendable func newInvite(req: Request) async throws -> Response {
        let user = try req.user()
        let coupleID = try Access.requireCouple(of: user)
        let (code, expiry) = try await req.db.transaction { db in
            try await CoupleInvite.query(on: db).filter(\.$couple.$id == coupleID).filter(\.$usedAt == nil).delete()
            return try await Self.makeInvite(for: coupleID, by: user, lifetime: req.haven.config.inviteLifetime, on: db)
        }
        return try await CreateCoupleResponse(id: coupleID, inviteCode: code, inviteExpiresAt: expiry)
            .encodeResponse(status: .created, for: req)
    }

    static func makeInvite(for coupleID: UUID, by user: User, lifetime: TimeInterval, on db: any Database) async throws -> (String, Date) {
        let code = SecretToken.inviteCode()
        let expiry = Date().addingTimeInterval(lifetime)
        try await CoupleInvite(coupleID: coupleID, creatorID: user.requireID(), codeHash: SecretToken.hash(code), expiresAt: expiry)
            .save(on: db)
        return (code, expiry)
    }

    @Sendable func join(req: Request) async throws -> IDResponse {
        let user = try req.user()
        let body = try req.content.decode(JoinCoupleRequest.self)
        let coupleID = try await Self.join(user, code: body.inviteCode, on: req.db)
        return IDResponse(id: coupleID)
    }

    static func join(_ user: User, code rawCode: String, on db: any Database) async throws -> UUID {
        guard user.$couple.id == nil else {
            throw Abort(.conflict, reason: "You are already in a couple space; leave it first.")
        }
        let code = rawCode.uppercased().filter { !$0.isWhitespace && $0 != "-" }
        guard !code.isEmpty, code.count <= 64 else { throw Abort(.badRequest, reason: "'inviteCode' is missing.") }
        return try await db.transaction { db in
            guard let invite = try await CoupleInvite.query(on: db).filter(\.$codeHash == SecretToken.hash(code)).first(),
                  invite.usedAt == nil, invite.expiresAt > Date()
            else { throw Abort(.notFound, reason: "This invite code is unknown, used or expired. Ask your partner for a new one.") }
            let members = try await User.query(on: db).filter(\.$couple.$id == invite.$couple.id).count()
            guard members < 2 else { throw Abort(.conflict, reason: "This couple space already has two partners.") }
            invite.usedAt = Date()
            try await invite.save(on: db)
            user.$couple.id = invite.$couple.id
            try await user.save(on: db)
            return invite.$couple.id
        }
    }

    @Sendable func show(req: Request) async throws -> CoupleResponse {
        let user = try req.user()
        guard let coupleID = user.$couple.id else { throw Abort(.notFound, reason: "You are not in a couple space yet.") }
        return try await Self.view(of: coupleID, on: req.db)
    }

    /// A couple by id: for its partners and its approved therapists; 404 for anyone else.
    @Sendable func showByID(req: Request) async throws -> CoupleResponse {
        let user = try req.user()
        let id = try InputRules.id(req)
        let isTherapist = try await Access.therapistCouples(of: user, on: req.db).contains(id)
        guard user.$couple.id == id || isTherapist else {
            throw Abort(.notFound, reason: "No such couple.")
        }
        return try await Self.view(of: id, on: req.db)
    }

    static func view(of coupleID: UUID, on db: any Database) async throws -> CoupleResponse {
        let members = try await User.query(on: db).filter(\.$couple.$id == coupleID).sort(\.$createdAt).all()
        let pause = try await activePause(of: coupleID, on: db)
        return CoupleResponse(
            id: coupleID,
            partners: try members.map { PartnerInfo(id: try $0.requireID(), displayName: $0.displayName) },
            activePause: try pause.map { pause in
                let by = members.first { $0.id == pause.$user.id }
                return PauseInfo(id: try pause.requireID(), by: by?.displayName ?? "Your partner", byID: pause.$user.id,
                                 startedAt: pause.startedAt, returnsAt: pause.returnsAt)
            })
    }

    static func activePause(of coupleID: UUID, on db: any Database) async throws -> Pause? {
        try await Pause.query(on: db).filter(\.$couple.$id == coupleID).filter(\.$endedAt == nil)
            .filter(\.$returnsAt > Date()).sort(\.$startedAt, .descending).first()
    }

    /// Leaves the couple: each keeps their own private data; a couple left empty is removed.
    @Sendable func leave(req: Request) async throws -> HTTPStatus {
        let user = try req.user()
        let coupleID = try Access.requireCouple(of: user)
        try await req.db.transaction { db in try await Self.leave(user, coupleID: coupleID, on: db) }
        return .noContent
    }

    static func leave(_ user: User, coupleID: UUID, on db: any Database) async throws {
        let userID = try user.requireID()
        try await Pause.query(on: db).filter(\.$user.$id == userID).filter(\.$couple.$id == coupleID).delete()
        user.$couple.id = nil
        try await user.save(on: db)
        // A therapist approved by both must be approved again by whoever joins next.
        for link in try await TherapistLink.query(on: db).filter(\.$couple.$id == coupleID).all() {
            link.approvedBy.removeAll { $0 == userID }
            try await link.save(on: db)
        }
        if try await User.query(on: db).filter(\.$couple.$id == coupleID).count() == 0 {
            try await Couple.query(on: db).filter(\.$id == coupleID).delete()
        }
    }
}
