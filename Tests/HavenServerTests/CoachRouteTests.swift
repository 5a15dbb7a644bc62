import Foundation
import HavenCore
import HavenServer
import Testing
import VaporTesting

@Suite("Message coach", .serialized)
struct CoachRouteTests {
    static let drafts = [
        "You never listen to me, you always do this.",
        "I felt lonely last night and I need us to talk about it.",
        "Whatever. I'm done talking.",
        "I just want to die",
    ]

    @Test("returns exactly the object `haven classify` writes", arguments: drafts)
    func sameAsClassify(text: String) async throws {
        try await withHaven { app in
            let alex = try await app.signUp("Alex")
            let context = [Turn(speaker: "Sam", text: "Why are you late again?")]
            let response = try await alex.client.post("/api/v1/coach", CoachBody(id: "draft-1", text: text, speaker: "Alex", context: context))
            #expect(response.status == .ok)
            #expect(response.headers.contentType == .json)
            let result = try SignalEngine.standard().analyze(text, speaker: "Alex", context: context)
            let safety = SafetyScreener.shared.screen(text).concerns.map(\.rawValue)
            #expect(response.body.string == ClassificationRecord.json(id: "draft-1", result: result, safety: safety))
        }
    }

    @Test("a contemptuous draft gets findings with evidence")
    func findings() async throws {
        try await withHaven { app in
            let alex = try await app.signUp("Alex")
            let response = try await alex.client.post("/api/v1/coach", CoachBody(text: "You never listen to me, you always do this."))
            let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
            #expect(json["id"] as? String == "coach")
            #expect(json["labels"] is [String])
            #expect(json["findings"] is [Any])
            #expect(json["safety"] as? [String] == [])
        }
    }

    @Test("empty, oversized or missing text is 400", arguments: ["", "   ", String(repeating: "a", count: 5_001)])
    func invalid(text: String) async throws {
        try await withHaven { app in
            let alex = try await app.signUp("Alex")
            let response = try await alex.client.post("/api/v1/coach", CoachBody(text: text))
            #expect(response.status == .badRequest)
            #expect(response.errorMessage?.contains("text") == true)
        }
    }

    @Test("needs a login")
    func needsLogin() async throws {
        try await withHaven { app in
            let response = try await APIClient(app).post("/api/v1/coach", CoachBody(text: "hi"))
            #expect(response.status == .unauthorized)
        }
    }
}

struct CoachBody: Codable {
    var id: String?
    var text: String
    var speaker: String?
    var context: [Turn]?
}
