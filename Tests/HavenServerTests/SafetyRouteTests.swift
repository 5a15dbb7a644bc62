import Foundation
import HavenCore
import HavenServer
import Testing
import VaporTesting

/// Safety screening of free text: the writer sees concerns and support; the partner never does.
@Suite("Safety screening", .serialized)
struct SafetyRouteTests {
    static let concerning = "I just want to die"

    @Test("the coach reports HavenCore's concerns for a draft")
    func coach() async throws {
        try await withHaven { app in
            let alex = try await app.signUp("Alex")
            let response = try await alex.client.post("/api/v1/coach", ["text": Self.concerning])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
            #expect(json["safety"] as? [String] == SafetyScreener.shared.screen(Self.concerning).concerns.map(\.rawValue))
            #expect((json["safety"] as? [String])?.contains("self-harm") == true)
        }
    }

    @Test("a journal entry that raises a concern answers the writer with support; the plan puts professional help first")
    func journalAndPlan() async throws {
        try await withHaven { app in
            let (alex, sam, _) = try await app.couple()
            let created = try await alex.client.post("/api/v1/journal", ["text": Self.concerning])
            #expect(created.status == .created)
            let body = try created.content.decode(SupportBody.self)
            #expect(body.safety == ["self-harm"])
            #expect(body.support?.lines.isEmpty == false)

            let plan = try await alex.client.get("/api/v1/plan").content.decode(SafetyPlanBody.self)
            #expect(plan.professionalSupport != nil)
            let samPlan = try await sam.client.get("/api/v1/plan").content.decode(SafetyPlanBody.self)
            #expect(samPlan.professionalSupport == nil, "the partner's plan knows nothing of it")
        }
    }

    @Test("support lines follow the reader's country from Accept-Language", arguments: [
        ("en-GB,en;q=0.8", "UK"), ("de-AT", "EU"), ("en-US", "US"), ("", "US"),
    ])
    func supportRegion(language: String, region: String) async throws {
        try await withHaven { app in
            let alex = try await app.signUp("Alex")
            let response = try await alex.client.send(
                .POST, "/api/v1/journal", json: ["text": Self.concerning], headers: language.isEmpty ? [:] : ["Accept-Language": language])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
            let support = try #require(json["support"] as? [String: Any])
            #expect((support["region"] as? [String: Any])?["code"] as? String == region)
        }
    }

    @Test("an appreciation that raises a concern: the sender sees it, the partner only the note")
    func appreciation() async throws {
        try await withHaven { app in
            let (alex, sam, _) = try await app.couple()
            let text = "Thanks for listening last night, some days I just want to die"
            let sent = try await alex.client.post("/api/v1/appreciations", ["text": text]).content.decode(SupportBody.self)
            #expect(sent.safety == ["self-harm"])
            let seen = try await sam.client.get("/api/v1/appreciations")
            #expect(seen.body.string.contains("Thanks for listening"))
            #expect(!seen.body.string.contains("self-harm"))
            #expect(!seen.body.string.contains("safety"))
            let couple = try await sam.client.get("/api/v1/couple")
            #expect(!couple.body.string.contains("self-harm"))
        }
    }

    @Test("the coach page shows private support and the rewrite")
    func coachPage() async throws {
        try await withHaven { app in
            let web = WebClient(app)
            try await web.signUp("Ana", email: "ana@example.org")
            try await web.get("/coach")
            let page = try await web.post("/coach", [("text", Self.concerning)]).body.string
            #expect(page.contains("class=\"support\""))
            try await web.get("/coach")
            let critical = try await web.post("/coach", [("text", "You never listen to me, you always do this.")]).body.string
            #expect(critical.contains("You could say:"))
        }
    }
}

struct SupportBody: Codable {
    struct Support: Codable { var lines: [String] }
    var id: UUID
    var safety: [String]
    var support: Support?
}

struct SafetyPlanBody: Codable {
    struct Professional: Codable { var advice: String }
    var professionalSupport: Professional?
}
