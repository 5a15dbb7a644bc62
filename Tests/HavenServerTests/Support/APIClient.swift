import Foundation
import HavenServer
import NIOCore
import Testing
import VaporTesting

/// Sends JSON requests to the app under test, as one user.
struct APIClient {
    let app: Application
    var token: String?

    init(_ app: Application, token: String? = nil) {
        self.app = app
        self.token = token
    }

    @discardableResult
    func send(_ method: HTTPMethod, _ path: String, json: (any Encodable)? = nil, raw: String? = nil,
              headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        try await app.testing().sendRequest(method, path, headers: headers) { req in
            if let token { req.headers.bearerAuthorization = .init(token: token) }
            if let json {
                let encoder = JSONEncoder()
                req.body = ByteBuffer(data: try encoder.encode(json))
                req.headers.contentType = .json
            } else if let raw {
                req.body = ByteBuffer(string: raw)
                req.headers.contentType = .json
            }
        }
    }

    func get(_ path: String) async throws -> TestingHTTPResponse { try await send(.GET, path) }
    func post(_ path: String, _ json: (any Encodable)? = nil) async throws -> TestingHTTPResponse {
        try await send(.POST, path, json: json)
    }
    func delete(_ path: String) async throws -> TestingHTTPResponse { try await send(.DELETE, path) }
}

/// A signed-up, logged-in user.
struct TestUser {
    var id: UUID
    var email: String
    var name: String
    var client: APIClient
}

extension Application {
    /// Signs a user up and gets a bearer token.
    func signUp(_ name: String, email: String? = nil, password: String = "correct horse battery") async throws -> TestUser {
        let email = email ?? "\(name.lowercased())-\(UUID().uuidString.prefix(8))@example.org"
        let anonymous = APIClient(self)
        let created = try await anonymous.post("/api/v1/users", ["email": email, "password": password, "displayName": name])
        #expect(created.status == .created)
        let id = try created.content.decode(IDBody.self).id
        let tokenResponse = try await anonymous.post("/api/v1/tokens", ["email": email, "password": password])
        #expect(tokenResponse.status == .created)
        let token = try tokenResponse.content.decode(TokenBody.self).token
        return TestUser(id: id, email: email, name: name, client: APIClient(self, token: token))
    }

    /// Two partners in one couple.
    func couple(_ a: String = "Alex", _ b: String = "Sam") async throws -> (TestUser, TestUser, UUID) {
        let first = try await signUp(a)
        let second = try await signUp(b)
        let created = try await first.client.post("/api/v1/couples")
        #expect(created.status == .created)
        let body = try created.content.decode(CoupleCreatedBody.self)
        let joined = try await second.client.post("/api/v1/couples/join", ["inviteCode": body.inviteCode])
        #expect(joined.status == .ok)
        return (first, second, body.id)
    }
}

struct IDBody: Codable { var id: UUID }
struct TokenBody: Codable { var token: String }
struct ErrorBodyJSON: Codable { var error: String }
struct CoupleCreatedBody: Codable { var id: UUID; var inviteCode: String }

extension TestingHTTPResponse {
    /// The `error` message of an error response.
    var errorMessage: String? { try? content.decode(ErrorBodyJSON.self).error }
}
