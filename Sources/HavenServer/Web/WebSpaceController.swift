import Fluent
import HavenCore
import Vapor

/// The private dashboard, the couple's shared space, the pause, appreciations and therapists.
struct WebSpaceController {
    func boot(routes: any RoutesBuilder) {
        routes.get("home", use: home)
        routes.get("couple", use: couple)
        routes.post("couple", "create", use: createCouple)
        routes.post("couple", "invite", use: invite)
        routes.post("couple", "join", use: join)
        routes.post("couple", "leave", use: leave)
        routes.post("pause", use: pause)
        routes.post("pause", ":id", "end", use: endPause)
        routes.post("appreciations", use: appreciate)
        routes.post("couple", "therapists", use: approveTherapist)
        routes.post("couple", "therapists", ":id", "revoke", use: revokeTherapist)
    }

    struct PauseView: Encodable {
        var id: UUID
        var by: String
        var mine: Bool
        var returnsAt: String
        var returnsAtISO: String
        var until: String
    }

    struct HomePage: Encodable {
        var page: PageMeta
        var name: String
        var inCouple: Bool
        var partnerPause: PauseView?
        var myPause: PauseView?
        var pauseOver: String?
        var appreciationPrompt: Bool
        var checkIns: [CheckInRow]
        var plan: Plan
        var journalCount: Int
    }

    struct CheckInRow: Encodable {
        var id: UUID
        var title: String
        var day: String
        var scores: String
        var shared: Bool
    }

    @Sendable func home(req: Request) async throws -> View {
        let user = try req.user()
        let userID = try user.requireID()
        var partnerPause: PauseView?
        var myPause: PauseView?
        var pauseOver: String?
        var prompt = false
        if let coupleID = user.$couple.id {
            if let active = try await CoupleController.activePause(of: coupleID, on: req.db) {
                let view = try await pauseView(active, viewer: user, on: req.db)
                if view.mine { myPause = view } else { partnerPause = view }
            }
            // The reminder: my own break has run out within the last two hours.
            let recent = Date().addingTimeInterval(-2 * 3600)
            if myPause == nil, let last = try await Pause.query(on: req.db).filter(\.$user.$id == userID)
                .filter(\.$endedAt == nil).filter(\.$returnsAt > recent).filter(\.$returnsAt <= Date()).first() {
                pauseOver = TimeText.clock(last.returnsAt, in: user.zone)
            }
            let weekAgo = Date().addingTimeInterval(-7 * 24 * 3600)
            prompt = try await Appreciation.query(on: req.db).filter(\.$sender.$id == userID).filter(\.$createdAt > weekAgo).count() == 0
        }
        let checkIns = try await CheckIn.query(on: req.db).filter(\.$user.$id == userID)
            .sort(\.$answeredAt, .descending).range(..<10).all()
        return try await req.view.render("home", HomePage(
            page: PageMeta("Home", req), name: user.displayName, inCouple: user.$couple.id != nil,
            partnerPause: partnerPause, myPause: myPause, pauseOver: pauseOver, appreciationPrompt: prompt,
            checkIns: try checkIns.map { try row($0, catalog: req.haven.catalog) },
            plan: try await MeController.plan(for: user, services: req.haven, on: req.db),
            journalCount: try await JournalEntry.query(on: req.db).filter(\.$user.$id == userID).count()))
    }

    func row(_ checkIn: CheckIn, catalog: QuestionnaireCatalog) throws -> CheckInRow {
        let title = (try? catalog.questionnaire(checkIn.questionnaire).title.resolved()) ?? checkIn.questionnaire
        let questionnaire = try? catalog.questionnaire(checkIn.questionnaire)
        let order = questionnaire?.subscales.map(\.id) ?? checkIn.scores.keys.sorted()
        let scores = order.compactMap { id in
            checkIn.scores[id].map { "\(questionnaire?.subscale(id)?.name.resolved() ?? id) \(String(format: "%.1f", $0))" }
        }
        return CheckInRow(id: try checkIn.requireID(), title: title, day: TimeText.day(checkIn.answeredAt),
                          scores: scores.joined(separator: ", "), shared: checkIn.visibility == .partner)
    }

    func pauseView(_ pause: Pause, viewer: User, on db: any Database) async throws -> PauseView {
        let by = try await User.find(pause.$user.id, on: db)?.displayName ?? "Your partner"
        return PauseView(id: try pause.requireID(), by: by, mine: pause.$user.id == viewer.id,
                         returnsAt: TimeText.clock(pause.returnsAt, in: viewer.zone), returnsAtISO: TimeText.iso(pause.returnsAt),
                         until: TimeText.until(pause.returnsAt))
    }

    struct CouplePage: Encodable {
        var page: PageMeta
        var inCouple: Bool
        var partners: [String]
        var alone: Bool
        var inviteCode: String?
        var inviteExpires: String?
        var activePause: PauseView?
        var pauses: [PauseRow]
        var appreciations: [AppreciationRow]
        var partnerCheckIns: [CheckInRow]
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
            activePause: try await active.asyncMap { try await pauseView($0, viewer: user, on: req.db) },
            pauses: pauses.map { p in PauseRow(by: members.first { $0.id == p.$user.id }?.displayName ?? "Former partner",
                                                day: TimeText.day(p.startedAt, in: user.zone) + " " + TimeText.clock(p.startedAt, in: user.zone), minutes: p.minutes) },
            appreciations: notes.map { AppreciationRow(from: $0.from, text: $0.text, day: TimeText.day($0.createdAt)) },
            partnerCheckIns: try shared.map { try row($0, catalog: req.haven.catalog) },
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

    struct PauseForm: Content { var minutes: Int }

    @Sendable func pause(req: Request) async throws -> Response {
        _ = try await DailyController.startPause(by: try req.user(), minutes: try req.content.decode(PauseForm.self).minutes, on: req.db)
        return req.redirect(to: "/home?notice=pause", redirectType: .normal)
    }

    @Sendable func endPause(req: Request) async throws -> Response {
        _ = try await DailyController().endPause(req: req)
        return req.redirect(to: "/home?notice=back", redirectType: .normal)
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

/// The private support page shown to the writer when screening raised a concern.
struct SafetyPage: Encodable {
    var page: PageMeta
    var support: SupportGuidance?

    init(_ req: Request, concerns: [String]) {
        page = PageMeta("Support", req)
        support = req.haven.guidance(for: concerns)
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
