import Fluent
import Vapor

/// The therapist's view: the couples who approved them and what each partner shared with them.
struct WebTherapistController {
    func boot(routes: any RoutesBuilder) {
        routes.get("therapist", use: page)
    }

    struct CoupleView: Encodable {
        var partners: String
        var checkIns: [WebHomeController.CheckInRow]
    }

    struct Page: Encodable {
        var page: PageMeta
        var couples: [CoupleView]
    }

    @Sendable func page(req: Request) async throws -> View {
        let user = try req.user()
        var couples: [CoupleView] = []
        for id in try await Access.therapistCouples(of: user, on: req.db) {
            let members = try await User.query(on: req.db).filter(\.$couple.$id == id).sort(\.$createdAt).all()
            let ids = try members.map { try $0.requireID() }
            let shared = try await CheckIn.query(on: req.db).filter(\.$user.$id ~~ ids).filter(\.$shareWithTherapist == true)
                .sort(\.$answeredAt, .descending).range(..<50).all()
            let rows = try shared.map { checkIn in
                var row = try WebHomeController().row(checkIn, catalog: req.haven.catalog)
                row.title = (members.first { $0.id == checkIn.$user.id }?.displayName ?? "") + ": " + row.title
                return row
            }
            couples.append(CoupleView(partners: members.map(\.displayName).joined(separator: " and "), checkIns: rows))
        }
        return try await req.view.render("therapist", Page(page: PageMeta("Therapist", req), couples: couples))
    }
}
