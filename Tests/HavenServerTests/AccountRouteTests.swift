import Foundation
import HavenServer
import Testing
import VaporTesting

@Suite("Accounts and tokens", .serialized)
struct AccountRouteTests {
    @Test("sign up gives 201 with a random UUID id; the same e-mail again gives 409")
    func signUp() async throws {
        try await withHaven { app in
            let client = APIClient(app)
            let body = ["email": "Ana@Example.org", "password": "long enough pw", "displayName": "Ana"]
            let first = try await client.post("/api/v1/users", body)
            #expect(first.status == .created)
            let id = try first.content.decode(IDBody.self).id
            #expect(id.uuidString.dropFirst(14).first == "4", "version-4 (random) UUID")
            var again = body
            again["email"] = "ana@example.org"
            let second = try await client.post("/api/v1/users", again)
            #expect(second.status == .conflict)
            #expect(second.errorMessage?.contains("already exists") == true)
        }
    }

    @Test("sign-up input is validated with a 400 naming the field", arguments: [
        (["email": "not-an-email", "password": "long enough pw", "displayName": "A"], "email"),
        (["email": "a@b.org", "password": "short", "displayName": "A"], "password"),
        (["email": "a@b.org", "password": "long enough pw", "displayName": "   "], "displayName"),
        (["email": "a@b.org", "password": "long enough pw", "displayName": String(repeating: "x", count: 61)], "displayName"),
        (["email": "a@b.org", "password": "long enough pw", "displayName": "A\u{7}B"], "displayName"),
        (["email": "a@b.org", "password": "long enough pw"], "displayName"),
    ])
    func validation(body: [String: String], field: String) async throws {
        try await withHaven { app in
            let response = try await APIClient(app).post("/api/v1/users", body)
            #expect(response.status == .badRequest)
            #expect(response.errorMessage?.contains(field) == true, "\(response.errorMessage ?? "no error")")
        }
    }

    @Test("malformed JSON and wrong types are 400 with an error object")
    func malformed() async throws {
        try await withHaven { app in
            let client = APIClient(app)
            let broken = try await client.send(.POST, "/api/v1/users", raw: "{\"email\": ")
            #expect(broken.status == .badRequest)
            #expect(broken.errorMessage != nil)
            let wrongType = try await client.send(.POST, "/api/v1/users", raw: #"{"email": 5, "password": "x", "displayName": "y"}"#)
            #expect(wrongType.status == .badRequest)
            #expect(wrongType.errorMessage?.contains("email") == true)
        }
    }

    @Test("a wrong password is 401; a token works until it is revoked")
    func tokens() async throws {
        try await withHaven { app in
            let ana = try await app.signUp("Ana", email: "ana@example.org")
            let wrong = try await APIClient(app).post("/api/v1/tokens", ["email": "ana@example.org", "password": "wrong password!"])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.errorMessage == "Wrong e-mail or password.")

            let second = try await APIClient(app).post("/api/v1/tokens", ["email": "ana@example.org", "password": "correct horse battery"])
            let secondClient = APIClient(app, token: try second.content.decode(TokenBody.self).token)
            let list = try await ana.client.get("/api/v1/tokens")
            #expect(list.status == .ok)
            let tokens = try list.content.decode([TokenInfoBody].self)
            #expect(tokens.count == 2)
            #expect(tokens.filter(\.current).count == 1)
            let other = try #require(tokens.first { !$0.current })

            #expect(try await secondClient.get("/api/v1/me").status == .ok)
            #expect(try await ana.client.delete("/api/v1/tokens/\(other.id)").status == .noContent)
            let revoked = try await secondClient.get("/api/v1/me")
            #expect(revoked.status == .unauthorized)
            #expect(revoked.errorMessage != nil)
            #expect(try await ana.client.get("/api/v1/me").status == .ok)
        }
    }

    @Test("someone else's token id is 404, and stays valid")
    func revokeOthers() async throws {
        try await withHaven { app in
            let ana = try await app.signUp("Ana")
            let ben = try await app.signUp("Ben")
            let benTokens = try await ben.client.get("/api/v1/tokens").content.decode([TokenInfoBody].self)
            let id = try #require(benTokens.first?.id)
            #expect(try await ana.client.delete("/api/v1/tokens/\(id)").status == .notFound)
            #expect(try await ben.client.get("/api/v1/me").status == .ok)
        }
    }

    @Test("log-ins are throttled per account: the sixth try within the window is 429, even with the right password")
    func throttlePerAccount() async throws {
        try await withHaven { app in
            _ = try await app.signUp("Ana", email: "ana@example.org")
            let client = APIClient(app)
            for _ in 0..<5 {
                let r = try await client.post("/api/v1/tokens", ["email": "ana@example.org", "password": "guess guess guess"])
                #expect(r.status == .unauthorized)
            }
            let blocked = try await client.post("/api/v1/tokens", ["email": "ana@example.org", "password": "correct horse battery"])
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.headers.first(name: "Retry-After") != nil)
        }
    }

    @Test("log-ins are throttled per address across accounts")
    func throttlePerAddress() async throws {
        try await withHaven({ $0.maxFailuresPerAddress = 3 }) { app in
            _ = try await app.signUp("Ana", email: "ana@example.org")
            let client = APIClient(app)
            for i in 0..<3 {
                let r = try await client.post("/api/v1/tokens", ["email": "nobody\(i)@example.org", "password": "guess guess guess"])
                #expect(r.status == .unauthorized)
            }
            let blocked = try await client.post("/api/v1/tokens", ["email": "ana@example.org", "password": "correct horse battery"])
            #expect(blocked.status == .tooManyRequests)
        }
    }

    @Test("without a token, protected routes answer 401 with an error object")
    func unauthorized() async throws {
        try await withHaven { app in
            let response = try await APIClient(app).get("/api/v1/couple")
            #expect(response.status == .unauthorized)
            #expect(response.errorMessage != nil)
            let bogus = try await APIClient(app, token: "not-a-token").get("/api/v1/me")
            #expect(bogus.status == .unauthorized)
        }
    }
}

struct TokenInfoBody: Codable {
    var id: UUID
    var kind: String
    var current: Bool
}
