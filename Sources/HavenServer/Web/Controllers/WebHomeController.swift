import Fluent
import HavenCore
import Vapor

/// The private dashboard and the pause ("I need a break").
struct WebHomeController {
    func boot(routes: any RoutesBuilder) {
        routes.get("home", use: home)
        routes.post("pause", use: pause)
        routes.post("pause", ":id", "end", use: endPause)
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
        var zone: String?
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
        let dashboard = try await Dashboard.load(for: user, on: req.db)
        let pause = dashboard.activePause.map { info in
            PauseView(id: info.id, by: info.by, mine: info.byID == user.id, returnsAt: TimeText.clock(info.returnsAt, in: user.zone),
                      returnsAtISO: TimeText.iso(info.returnsAt), until: TimeText.until(info.returnsAt))
        }
        let catalog = req.haven.catalog
        var plan = try await MeController.plan(for: user, services: req.haven, on: req.db)
        // The plan's notes speak to the command line; on the page, a check-in is the next step.
        plan.notes = plan.notes.map { $0.replacingOccurrences(of: "Run `haven assess` first.", with: "Take a check-in first.") }
        return try await req.view.render("home", HomePage(
            page: PageMeta("Home", req), name: user.displayName, inCouple: dashboard.inCouple,
            partnerPause: pause?.mine == false ? pause : nil, myPause: pause?.mine == true ? pause : nil,
            pauseOver: dashboard.pauseEndedAt.map { TimeText.clock($0, in: user.zone) },
            appreciationPrompt: dashboard.appreciationPrompt,
            checkIns: dashboard.latestCheckIns.map { Self.row($0, catalog: catalog) },
            plan: plan,
            journalCount: dashboard.journalEntries, zone: user.timeZone))
    }

    func row(_ checkIn: CheckIn, catalog: QuestionnaireCatalog) throws -> CheckInRow {
        Self.row(try CheckInResponse(checkIn), catalog: catalog)
    }

    /// A table row: the questionnaire's title and each subscale's name and score, in its order.
    static func row(_ checkIn: CheckInResponse, catalog: QuestionnaireCatalog) -> CheckInRow {
        let questionnaire = try? catalog.questionnaire(checkIn.questionnaire)
        let order = questionnaire?.subscales.map(\.id) ?? checkIn.scores.keys.sorted()
        let scores = order.compactMap { id in
            checkIn.scores[id].map { "\(questionnaire?.subscale(id)?.name.resolved() ?? id) \(String(format: "%.1f", $0))" }
        }
        return CheckInRow(id: checkIn.id, title: questionnaire?.title.resolved() ?? checkIn.questionnaire,
                          day: TimeText.day(checkIn.answeredAt), scores: scores.joined(separator: ", "),
                          shared: checkIn.visibility == CheckIn.Visibility.partner.rawValue)
    }

    func pauseView(_ pause: Pause, viewer: User, on db: any Database) async throws -> PauseView {
        let by = try await User.find(pause.$user.id, on: db)?.displayName ?? "Your partner"
        return PauseView(id: try pause.requireID(), by: by, mine: pause.$user.id == viewer.id,
                         returnsAt: TimeText.clock(pause.returnsAt, in: viewer.zone), returnsAtISO: TimeText.iso(pause.returnsAt),
                         until: TimeText.until(pause.returnsAt))
    }

    struct PauseForm: Content {
        var minutes: Int?
        /// "HH:MM" in the person's time zone; wins over `minutes` when given.
        var backAt: String?
    }

    @Sendable func pause(req: Request) async throws -> Response {
        let user = try req.user()
        let form = try req.content.decode(PauseForm.self)
        let minutes: Int
        if let backAt = form.backAt, !backAt.isEmpty {
            minutes = try Self.minutes(until: backAt, in: user.zone ?? TimeZone(identifier: "UTC")!, from: Date())
        } else {
            guard let chosen = form.minutes else { throw Abort(.badRequest, reason: "Choose how long the break lasts.") }
            minutes = chosen
        }
        _ = try await DailyController.startPause(by: user, minutes: minutes, on: req.db)
        return req.redirect(to: "/home?notice=pause", redirectType: .normal)
    }

    /// Whole minutes from `now` to the next time the clock shows `hhmm` in `zone`.
    /// - Throws: 400 for a malformed time.
    static func minutes(until hhmm: String, in zone: TimeZone, from now: Date) throws -> Int {
        let parts = hhmm.split(separator: ":").map { Int($0) }
        guard parts.count == 2, let hour = parts[0], let minute = parts[1], (0..<24).contains(hour), (0..<60).contains(minute) else {
            throw Abort(.badRequest, reason: "'backAt' must be a time such as 20:40.")
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard let next = calendar.nextDate(after: now, matching: DateComponents(hour: hour, minute: minute), matchingPolicy: .nextTime)
        else { throw Abort(.badRequest, reason: "'backAt' must be a time such as 20:40.") }
        return Int((next.timeIntervalSince(now) / 60).rounded(.up))
    }

    @Sendable func endPause(req: Request) async throws -> Response {
        _ = try await DailyController().endPause(req: req)
        return req.redirect(to: "/home?notice=back", redirectType: .normal)
    }
}
