import Fluent
import HavenCore
import Vapor

/// Check-ins as pages: pick a questionnaire, answer it, see history charts and reliable change.
struct WebCheckInController {
    func boot(routes: any RoutesBuilder) {
        routes.get("checkins", use: index)
        routes.get("checkins", "new", ":questionnaire", use: form)
        routes.post("checkins", use: submit)
    }

    struct Choice: Encodable { var id: String; var title: String; var count: Int }
    struct Chart: Encodable { var title: String; var svg: String }
    struct History: Encodable {
        var title: String
        var charts: [Chart]
        var changes: [String]
        /// HavenCore's anxiety × avoidance plane, for attachment questionnaires.
        var plane: String?
    }
    struct IndexPage: Encodable {
        var page: PageMeta
        var choices: [Choice]
        var histories: [History]
    }

    @Sendable func index(req: Request) async throws -> View {
        let user = try req.user()
        let catalog = req.haven.catalog
        let all = try await CheckIn.query(on: req.db).filter(\.$user.$id == user.requireID()).sort(\.$answeredAt).all()
        let choices = catalog.ids.compactMap { id -> Choice? in
            guard let q = try? catalog.questionnaire(id), q.items.count == q.itemCount else { return nil }
            return Choice(id: q.id, title: q.title.resolved(), count: q.itemCount)
        }
        return try await req.view.render("checkins", IndexPage(
            page: PageMeta("Check-ins", req), choices: choices, histories: Self.histories(all, catalog: catalog)))
    }

    /// One chart per subscale and the reliable change since the first, per questionnaire (oldest first in).
    static func histories(_ all: [CheckIn], catalog: QuestionnaireCatalog) -> [History] {
        var histories: [History] = []
        for id in Set(all.map(\.questionnaire)).sorted() {
            guard let questionnaire = try? catalog.questionnaire(id) else { continue }
            let mine = all.filter { $0.questionnaire == id }
            let charts = questionnaire.subscales.compactMap { subscale -> Chart? in
                let points = mine.compactMap { c in c.scores[subscale.id].map { (date: c.answeredAt, value: $0) } }
                guard !points.isEmpty else { return nil }
                let range = questionnaire.range(of: subscale)
                let chart = ScoreChart(title: subscale.name.resolved(), points: points, range: range.lowerBound...range.upperBound)
                return Chart(title: subscale.name.resolved(), svg: chart.svg)
            }
            let changes = CheckInController.change(mine, questionnaire: questionnaire).map { change in
                let name = questionnaire.subscale(change.subscale)?.name.resolved() ?? change.subscale
                let verdict = switch change.direction {
                case .improved: "a reliable improvement"
                case .worsened: "a reliable worsening"
                case .noReliableChange: "no change beyond measurement noise"
                }
                return "\(name): \(String(format: "%.1f", change.before)) → \(String(format: "%.1f", change.after)), \(verdict)."
            }
            let results = mine.map(\.assessmentResult)
            var plane: String?
            if let latest = results.last, let profile = AttachmentProfile.make(from: latest, questionnaire: questionnaire) {
                let trajectory = AttachmentTrajectory.make(from: AssessmentHistory(results: results), questionnaire: questionnaire)
                plane = AttachmentPlaneSVG(scale: questionnaire.scale).render(trajectory: trajectory, latest: profile)
            }
            histories.append(History(title: questionnaire.title.resolved(), charts: charts, changes: changes, plane: plane))
        }
        return histories
    }

    struct Option: Encodable { var value: Int; var label: String; var inputID: String }
    struct Item: Encodable { var number: Int; var text: String; var options: [Option] }
    struct FormPage: Encodable {
        var page: PageMeta
        var id: String
        var title: String
        var instructions: String?
        var notice: String
        var items: [Item]
    }

    @Sendable func form(req: Request) async throws -> View {
        let q = try req.haven.catalog.questionnaire(req.parameters.get("questionnaire") ?? "")
        guard q.items.count == q.itemCount else { throw Abort(.notFound, reason: "This questionnaire has no wording to show here.") }
        let items = q.items.sorted { $0.number < $1.number }.map { item in
            let scale = q.scale(forItem: item.number)
            return Item(number: item.number, text: item.text.resolved(), options: (scale.min...scale.max).map { value in
                Option(value: value, label: scale.label(for: value) ?? String(value), inputID: "q\(item.number)-\(value)")
            })
        }
        return try await req.view.render("checkin-form", FormPage(
            page: PageMeta(q.title.resolved(), req), id: q.id, title: q.title.resolved(),
            instructions: q.instructions?.resolved(), notice: q.notice.resolved(), items: items))
    }

    @Sendable func submit(req: Request) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        let q = try req.haven.catalog.questionnaire(fields["questionnaire"] ?? "")
        let answers: [Double?] = (1...max(q.itemCount, 1)).map { n in fields["a\(n)"].flatMap(Double.init) }
        let body = CreateCheckInRequest(
            questionnaire: q.id, answers: answers, visibility: fields["visibility"] ?? "private",
            shareWithTherapist: fields["therapist"] == "on")
        let checkIn = try CheckInController.score(body, userID: try req.user().requireID(), services: req.haven)
        try await checkIn.save(on: req.db)
        return req.redirect(to: "/checkins?notice=saved", redirectType: .normal)
    }
}
