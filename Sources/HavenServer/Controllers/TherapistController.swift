import Fluent
import Vapor

/// Therapists: both partners approve one by e-mail; either can revoke. A therapist sees the couple
/// and the check-ins each partner chose to share with them, nothing else.
struct TherapistController {
    func boot(routes: any RoutesBuilder) {
        routes.post("couple", "therapists", use: approve)
        routes.get("couple", "therapists", use: list)
        routes.delete("couple", "therapists", ":id", use: revoke)
        routes.get("therapist", "couples", use: couples)
        routes.get("therapist", "couples", ":id", "checkins", use: sharedCheckIns)
    }

    /// Invites (or, for the second partner, approves) a therapist who already has an account.
    @Sendable func approve(req: Request) async throws -> TherapistLinkInfo {
        let user = try req.user()
        let coupleID = try Access.requireCouple(of: user)
        let email = try InputRules.email(try req.content.decode(InviteTherapistRequest.self).email)
        guard let therapist = try await User.query(on: req.db).filter(\.$email == email).first(), therapist.id != user.id,
              therapist.$couple.id != coupleID
        else { throw Abort(.notFound, reason: "No Haven account with that e-mail; ask your therapist to sign up first.") }
        let link = try await TherapistLink.query(on: req.db).filter(\.$couple.$id == coupleID)
            .filter(\.$therapist.$id == therapist.requireID()).first()
            ?? TherapistLink(coupleID: coupleID, therapistID: try therapist.requireID(), approvedBy: [])
        let userID = try user.requireID()
        if !link.approvedBy.contains(userID) { link.approvedBy.append(userID) }
        try await link.save(on: req.db)
        return try await info(link, therapist: therapist, on: req.db)
    }

    @Sendable func list(req: Request) async throws -> [TherapistLinkInfo] {
        let coupleID = try Access.requireCouple(of: try req.user())
        var result: [TherapistLinkInfo] = []
        for link in try await TherapistLink.query(on: req.db).filter(\.$couple.$id == coupleID).with(\.$therapist).all() {
            result.append(try await info(link, therapist: link.therapist, on: req.db))
        }
        return result
    }

    @Sendable func revoke(req: Request) async throws -> HTTPStatus {
        let coupleID = try Access.requireCouple(of: try req.user())
        guard let link = try await TherapistLink.find(try InputRules.id(req), on: req.db), link.$couple.id == coupleID else {
            throw Abort(.notFound, reason: "No such therapist.")
        }
        try await link.delete(on: req.db)
        return .noContent
    }

    @Sendable func couples(req: Request) async throws -> [CoupleResponse] {
        var result: [CoupleResponse] = []
        for id in try await Access.therapistCouples(of: try req.user(), on: req.db) {
            result.append(try await CoupleController.view(of: id, on: req.db))
        }
        return result
    }

    @Sendable func sharedCheckIns(req: Request) async throws -> [CheckInResponse] {
        let id = try InputRules.id(req)
        guard try await Access.therapistCouples(of: try req.user(), on: req.db).contains(id) else {
            throw Abort(.notFound, reason: "No such couple.")
        }
        let members = try await User.query(on: req.db).filter(\.$couple.$id == id).all().map { try $0.requireID() }
        return try await CheckIn.query(on: req.db).filter(\.$user.$id ~~ members).filter(\.$shareWithTherapist == true)
            .sort(\.$answeredAt, .descending).all().map(CheckInResponse.init)
    }

    private func info(_ link: TherapistLink, therapist: User, on db: any Database) async throws -> TherapistLinkInfo {
        TherapistLinkInfo(id: try link.requireID(), therapist: therapist.displayName, approvedBy: link.approvedBy,
                          active: try await Access.isApproved(link, on: db))
    }
}
