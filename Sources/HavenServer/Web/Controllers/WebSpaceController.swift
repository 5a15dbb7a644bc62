import Fluent
import HavenCore
import Vapor

/// The couple's shared space: invite and join, the shared dashboard, appreciations and therapists.
struct WebSpaceController {
    func boot(routes: any RoutesBuilder) {
        routes.get("couple", use: couple)
        routes.post("couple", "create", use: createCouple)
        routes.post("couple", "invite", use: invite)
        routes.post("couple", "join", use: join)
        routes.post("couple", "leave", use: leave)
        routes.post("appreciations", use: appreciate)
        routes.post("couple", "therapists", use: approveTherapist)
        routes.post("couple", "therapists", ":id", "revoke", use: revokeTherapist)
    }

    struct CouplePage: Encodable {
        var page: PageMeta
        var inCouple: Bool
        var partners: [String]
        var alone: Bool
        var inviteCode: String?
        var inviteExpires: String?
        var activePause: WebHomeController.PauseView?
        var pauses: [PauseRow]
        var appreciations: [AppreciationRow]
        var partnerCheckIns: [WebHomeController.CheckInRow]
        var partnerTrends: [WebCheckInController.History]
        var sharedChats: [SharedChat]
        var therapists: [TherapistRow]
        var error: String?
    }

    struct SharedChat: Encodable { var day: String; var rows: [WebAnalysisController.Row] }
    struct PauseRow: Encodable { var by: String; var day: String; var minutes: Int }
    struct AppreciationRow: Encodable { var from: String; var text: String; var day: String }
    struct TherapistRow: Encodable { var id: UUID; var name: String; var active: Bool; var approvedByMe: Bool }

    @Sendable func couple(req: Request) async throws -> View {
        try await renderCouple(req)
    }

    func renderCouple(_ req: Request, inviteCode: String? = nil, inviteExpires: Date? = nil, error: String? = nil) async throws -> View {
        let user = try req.user()
        guard let coupleID = user.$couple.id else {
            return try await req.view.render("couple", CouplePage(
                page: PageMeta("Couple", req), inCouple: false, partners: [], alone: true, pauses: [], appreciations: [],
                partnerCheckIns: [], partnerTrends: [], sharedChats: [], therapists: [], error: error))
        }
        let members = try await User.query(on: req.db).filter(\.$couple.$id == coupleID).sort(\.$createdAt).all()
        let partnerIDs = members.compactMap(\.id).filter { $0 != user.id }
        let active = try await CoupleController.activePause(of: coupleID, on: req.db)
        let pauses = try await Pause.query(on: req.db).filter(\.$couple.$id == coupleID).sort(\.$startedAt, .descending).range(..<20).all()
        let notes = try await DailyController.appreciations(of: coupleID, on: req.db)
        let shared = partnerIDs.isEmpty ? [] : try await CheckIn.query(on: req.db).filter(\.$user.$id ~~ partnerIDs)
            .filter(\.$visibility == .partner).sort(\.$answeredAt, .descending).range(..<20).all()
        var therapists: [TherapistRow] = []
        for link in try await TherapistLink.query(on: req.db).filter(\.$couple.$id == coupleID).with(\.$therapist).all() {
            therapists.append(TherapistRow(id: try link.requireID(), name: link.therapist.displayName,
                                           active: try await Access.isApproved(link, on: req.db),
                                           approvedByMe: link.approvedBy.contains(try user.requireID())))
        }
        return try await req.view.render("couple", CouplePage(
            page: PageMeta("Couple", req), inCouple: true, partners: members.map(\.displayName), alone: members.count < 2,
            inviteCode: inviteCode, inviteExpires: inviteExpires.map { TimeText.day($0, in: user.zone) + " " + TimeText.clock($0, in: user.zone) },
            activePause: try await active.asyncMap { try await WebHomeController().pauseView($0, viewer: user, on: req.db) },
            pauses: pauses.map { p in PauseRow(by: members.first { $0.id == p.$user.id }?.displayName ?? "Former partner",
                                                day: TimeText.day(p.startedAt, in: user.zone) + " " + TimeText.clock(p.startedAt, in: user.zone), minutes: p.minutes) },
            appreciations: notes.map { AppreciationRow(from: $0.from, text: $0.text, day: TimeText.day($0.createdAt)) },
            partnerCheckIns: try shared.map { try WebHomeController().row($0, catalog: req.haven.catalog) },
            partnerTrends: WebCheckInController.histories(shared.reversed(), catalog: req.haven.catalog),
            sharedChats: try await ChatAnalysis.query(on: req.db).filter(\.$coupleID == coupleID).filter(\.$sharing == .shared)
                .sort(\.$createdAt, .descending).range(..<10).all()
                .map { SharedChat(day: TimeText.day($0.createdAt, in: user.zone), rows: WebAnalysisController.Row.rows($0.report)) },
            therapists: therapists, error: error))
    }

    @Sendable func createCouple(req: Request) async throws -> Response {
        let response = try await CoupleController().create(req: req)
        let body = try response.content.decode(CreateCoupleResponse.self)
        return try await renderCouple(req, inviteCode: body.inviteCode, inviteExpires: body.inviteExpiresAt).encodeResponse(for: req)
    }

    @Sendable func invite(req: Request) async throws -> Response {
        let response = try await CoupleController().newInvite(req: req)
        let body = try response.content.decode(CreateCoupleResponse.self)
        return try await renderCouple(req, inviteCode: body.inviteCode, inviteExpires: body.inviteExpiresAt).encodeResponse(for: req)
    }

    @Sendable func join(req: Request) async throws -> Response {
        let user = try req.user()
        do {
            _ = try await CoupleController.join(user, code: try req.content.decode(JoinCoupleRequest.self).inviteCode, on: req.db)
        } catch let error as any AbortError where error.status != .forbidden {
            return try await renderCouple(req, error: error.reason).encodeResponse(status: error.status, for: req)
        }
        return req.redirect(to: "/couple?notice=joined", redirectType: .normal)
    }

    @Sendable func leave(req: Request) async throws -> Response {
        _ = try await CoupleController().leave(req: req)
        return req.redirect(to: "/couple?notice=left", redirectType: .normal)
    }

    @Sendable func appreciate(req: Request) async throws -> Response {
        let (_, safety) = try await DailyController.appreciate(
            try req.content.decode(TextRequest.self).text, by: try req.user(), services: req.haven, on: req.db)
        if !safety.isEmpty {
            return try await req.view.render("safety", SafetyPage(req, concerns: safety)).encodeResponse(for: req)
        }
        return req.redirect(to: "/couple?notice=sent", redirectType: .normal)
    }

    @Sendable func approveTherapist(req: Request) async throws -> Response {
        _ = try await TherapistController().approve(req: req)
        return req.redirect(to: "/couple?notice=therapist", redirectType: .normal)
    }

    @Sendable func revokeTherapist(req: Request) async throws -> Response {
        _ = try await TherapistController().revoke(req: req)
        return req.redirect(to: "/couple?notice=deleted", redirectType: .normal)
    }
}
