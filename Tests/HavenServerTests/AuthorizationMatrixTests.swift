import Foundation
import HavenServer
import Testing
import VaporTesting

/// For every route that touches someone's data: the owner, the partner, an approved therapist and an
/// outsider (in another couple), each with the expected answer. Private means 404 to everyone else.
@Suite("Authorization matrix", .serialized)
struct AuthorizationMatrixTests {
    enum Actor: String, CaseIterable, Sendable {
        case owner, partner, therapist, outsider
    }

    enum Route: String, CaseIterable, Sendable {
        case readPrivateCheckIn, readSharedCheckIn, readTherapistCheckIn, deleteSharedCheckIn
        case readJournal, deleteJournal, readCouple, partnerCheckIns, endPause, revokeToken
        case therapistCheckIns, revokeTherapist, listTherapists, appreciations, pauseHistory
        case checkInHistory, ownCheckIns, journalList, plan, export
        case readPrivateAnalysis, readSharedAnalysis, deleteAnalysis, analysisList

        func request(_ w: World) -> (HTTPMethod, String) {
            switch self {
            case .readPrivateCheckIn: (.GET, "/api/v1/checkins/\(w.privateCheckIn)")
            case .readSharedCheckIn: (.GET, "/api/v1/checkins/\(w.sharedCheckIn)")
            case .readTherapistCheckIn: (.GET, "/api/v1/checkins/\(w.therapistCheckIn)")
            case .deleteSharedCheckIn: (.DELETE, "/api/v1/checkins/\(w.sharedCheckIn)")
            case .readJournal: (.GET, "/api/v1/journal/\(w.journal)")
            case .deleteJournal: (.DELETE, "/api/v1/journal/\(w.journal)")
            case .readCouple: (.GET, "/api/v1/couples/\(w.couple)")
            case .partnerCheckIns: (.GET, "/api/v1/couple/checkins")
            case .endPause: (.POST, "/api/v1/pauses/\(w.pause)/end")
            case .revokeToken: (.DELETE, "/api/v1/tokens/\(w.ownerToken)")
            case .therapistCheckIns: (.GET, "/api/v1/therapist/couples/\(w.couple)/checkins")
            case .revokeTherapist: (.DELETE, "/api/v1/couple/therapists/\(w.therapistLink)")
            case .listTherapists: (.GET, "/api/v1/couple/therapists")
            case .appreciations: (.GET, "/api/v1/appreciations")
            case .pauseHistory: (.GET, "/api/v1/pauses")
            case .checkInHistory: (.GET, "/api/v1/checkins/history/haven-wellbeing")
            case .ownCheckIns: (.GET, "/api/v1/checkins")
            case .journalList: (.GET, "/api/v1/journal")
            case .plan: (.GET, "/api/v1/plan")
            case .export: (.GET, "/api/v1/me/export")
            case .readPrivateAnalysis: (.GET, "/api/v1/analyses/\(w.privateAnalysis)")
            case .readSharedAnalysis: (.GET, "/api/v1/analyses/\(w.sharedAnalysis)")
            case .deleteAnalysis: (.DELETE, "/api/v1/analyses/\(w.sharedAnalysis)")
            case .analysisList: (.GET, "/api/v1/analyses")
            }
        }

        /// The expected status for owner, partner, therapist, outsider.
        var expected: [HTTPStatus] {
            switch self {
            case .readPrivateCheckIn: [.ok, .notFound, .notFound, .notFound]
            case .readSharedCheckIn: [.ok, .ok, .notFound, .notFound]
            case .readTherapistCheckIn: [.ok, .notFound, .ok, .notFound]
            case .deleteSharedCheckIn: [.noContent, .notFound, .notFound, .notFound]
            case .readJournal: [.ok, .notFound, .notFound, .notFound]
            case .deleteJournal, .endPause, .revokeToken: [.noContent, .notFound, .notFound, .notFound]
            case .readCouple: [.ok, .ok, .ok, .notFound]
            case .therapistCheckIns: [.notFound, .notFound, .ok, .notFound]
            case .revokeTherapist: [.noContent, .noContent, .conflict, .notFound]
            // Lists answer for the caller's own space: the therapist has none.
            case .partnerCheckIns, .listTherapists, .appreciations, .pauseHistory: [.ok, .ok, .conflict, .ok]
            case .checkInHistory, .ownCheckIns, .journalList, .plan, .export, .analysisList: [.ok, .ok, .ok, .ok]
            case .readPrivateAnalysis: [.ok, .notFound, .notFound, .notFound]
            case .readSharedAnalysis: [.ok, .ok, .notFound, .notFound]
            case .deleteAnalysis: [.noContent, .notFound, .notFound, .notFound]
            }
        }
    }

    @Test("every actor gets the expected status and never sees what is not theirs",
          arguments: Route.allCases, Actor.allCases)
    func matrix(route: Route, actor: Actor) async throws {
        try await withHaven { app in
            let world = try await World.build(app)
            let (method, path) = route.request(world)
            let client = world.client(actor)
            let response = try await client.send(method, path)
            let expected = route.expected[Actor.allCases.firstIndex(of: actor)!]
            #expect(response.status == expected, "\(route) as \(actor): \(response.status) \(response.errorMessage ?? "")")
            if response.status.code >= 400 { #expect(response.errorMessage != nil) }
            let body = response.body.string
            if actor != .owner {
                #expect(!body.contains(World.journalText), "journal text leaked to \(actor)")
                #expect(!body.contains(world.privateCheckIn.uuidString), "private check-in leaked to \(actor)")
                #expect(!body.contains(world.privateAnalysis.uuidString), "private analysis leaked to \(actor)")
                if actor != .partner { #expect(!body.contains(world.sharedAnalysis.uuidString)) }
                if actor != .partner { #expect(!body.contains(world.sharedCheckIn.uuidString)) }
                if actor != .therapist { #expect(!body.contains(world.therapistCheckIn.uuidString)) }
                if actor == .outsider || actor == .therapist { #expect(!body.contains(World.appreciationText)) }
            }
        }
    }

    struct World {
        static let journalText = "journal-secret-7f3a"
        static let appreciationText = "thanks-for-dinner-91c"

        var owner, partner, therapist, outsider: TestUser
        var couple: UUID
        var privateCheckIn, sharedCheckIn, therapistCheckIn: UUID
        var journal, pause, ownerToken, therapistLink: UUID
        var privateAnalysis, sharedAnalysis: UUID

        func client(_ actor: Actor) -> APIClient {
            switch actor {
            case .owner: owner.client
            case .partner: partner.client
            case .therapist: therapist.client
            case .outsider: outsider.client
            }
        }

        static func build(_ app: Application) async throws -> World {
            let (owner, partner, couple) = try await app.couple("Owner", "Partner")
            let therapist = try await app.signUp("Therapist")
            let (outsider, _, _) = try await app.couple("Outsider", "OutsiderPartner")
            var links: [LinkBody] = []
            for user in [owner, partner] {
                let r = try await user.client.post("/api/v1/couple/therapists", ["email": therapist.email])
                links.append(try r.content.decode(LinkBody.self))
            }
            #expect(links.last?.active == true)
            func checkIn(_ visibility: String, therapist: Bool) async throws -> UUID {
                try await owner.client.post("/api/v1/checkins", CheckInFixtures.wellbeing(visibility: visibility, therapist: therapist))
                    .content.decode(CheckInCreatedBody.self).id
            }
            let journal = try await owner.client.post("/api/v1/journal", ["text": journalText]).content.decode(IDBody.self).id
            _ = try await owner.client.post("/api/v1/appreciations", ["text": appreciationText])
            let pause = try await owner.client.post("/api/v1/pauses", ["minutes": 30]).content.decode(IDBody.self).id
            let tokens = try await owner.client.get("/api/v1/tokens").content.decode([TokenInfoBody].self)
            var analyses: [UUID] = []
            for _ in 0..<2 {
                let response = try await app.testing().sendRequest(.POST, "/api/v1/analyses?fileName=chat.txt") { req in
                    req.headers.bearerAuthorization = .init(token: owner.client.token ?? "")
                    req.body = ByteBuffer(string: AnalysisRouteTests.export)
                }
                analyses.append(try response.content.decode(IDBody.self).id)
            }
            _ = try await owner.client.post("/api/v1/analyses/\(analyses[1])/share")
            _ = try await partner.client.post("/api/v1/analyses/\(analyses[1])/consent", ["accept": true])
            return World(
                owner: owner, partner: partner, therapist: therapist, outsider: outsider, couple: couple,
                privateCheckIn: try await checkIn("private", therapist: false),
                sharedCheckIn: try await checkIn("partner", therapist: false),
                therapistCheckIn: try await checkIn("private", therapist: true),
                journal: journal, pause: pause, ownerToken: try #require(tokens.first?.id),
                therapistLink: try #require(links.first?.id),
                privateAnalysis: analyses[0], sharedAnalysis: analyses[1])
        }
    }

    struct LinkBody: Codable { var id: UUID; var active: Bool }

    @Test("a therapist approved by one partner only sees nothing")
    func halfApprovedTherapist() async throws {
        try await withHaven { app in
            let (owner, _, couple) = try await app.couple()
            let therapist = try await app.signUp("Therapist")
            let link = try await owner.client.post("/api/v1/couple/therapists", ["email": therapist.email]).content.decode(LinkBody.self)
            #expect(link.active == false)
            let shared = try await owner.client.post("/api/v1/checkins", CheckInFixtures.wellbeing(visibility: "private", therapist: true))
                .content.decode(CheckInCreatedBody.self).id
            #expect(try await therapist.client.get("/api/v1/checkins/\(shared)").status == .notFound)
            #expect(try await therapist.client.get("/api/v1/couples/\(couple)").status == .notFound)
            let couples = try await therapist.client.get("/api/v1/therapist/couples")
            #expect(couples.status == .ok)
            #expect(couples.body.string == "[]")
        }
    }
}
