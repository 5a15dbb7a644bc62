import Foundation
import HavenServer
import Logging
import Testing
import VaporTesting

@Suite("Security: headers, limits, logs", .serialized)
struct SecurityTests {
    @Test("security headers on API answers, errors and pages", arguments: ["/api/v1/me", "/api/v1/nothing-here", "/"])
    func headers(path: String) async throws {
        try await withHaven { app in
            let alex = try await app.signUp("Alex")
            let response = try await alex.client.get(path)
            let csp = try #require(response.headers.first(name: "Content-Security-Policy"))
            #expect(csp.contains("frame-ancestors 'none'"))
            #expect(!csp.contains("unsafe-inline"))
            #expect(csp.contains("default-src 'none'"))
            #expect(!csp.contains("script-src"), "no script is allowed at all")
            #expect(response.headers.first(name: "Referrer-Policy") == "no-referrer")
            #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
        }
    }

    @Test("unknown API paths are 404 with an error object")
    func notFound() async throws {
        try await withHaven { app in
            let response = try await APIClient(app).get("/api/v1/nothing-here")
            #expect(response.status == .notFound)
            #expect(response.errorMessage != nil)
        }
    }

    @Test("bodies over the limit are 413")
    func bodyLimit() async throws {
        try await withHaven { app in
            let alex = try await app.signUp("Alex")
            let response = try await alex.client.post("/api/v1/journal", ["text": String(repeating: "a", count: 140_000)])
            #expect(response.status == .payloadTooLarge)
            #expect(response.errorMessage?.contains("KB") == true)
        }
    }

    @Test("a body that is not UTF-8 is 400")
    func invalidEncoding() async throws {
        try await withHaven { app in
            let alex = try await app.signUp("Alex")
            let response = try await app.testing().sendRequest(.POST, "/api/v1/journal") { req in
                req.headers.bearerAuthorization = .init(token: alex.client.token ?? "")
                req.headers.contentType = .json
                req.body = ByteBuffer(bytes: Array(#"{"text": ""#.utf8) + [0xff, 0xfe, 0xc3] + Array(#""}"#.utf8))
            }
            #expect(response.status == .badRequest)
        }
    }

    @Test("message, journal and appreciation text never reach the logs")
    func noTextInLogs() async throws {
        #expect(LogCapture.installed)
        let marker = "zebra-\(UUID().uuidString.prefix(6))"
        try await withHaven { app in
            app.logger.logLevel = .trace
            let (alex, _, _) = try await app.couple()
            let before = LogCapture.lines.withLockedValue { $0.count }
            _ = try await alex.client.post("/api/v1/coach", ["text": "You never listen \(marker)"])
            _ = try await alex.client.post("/api/v1/journal", ["text": "diary \(marker)"])
            _ = try await alex.client.post("/api/v1/appreciations", ["text": "thanks \(marker)"])
            _ = try await alex.client.post("/api/v1/journal", ["text": String(repeating: marker, count: 10_000)])
            let lines = LogCapture.lines.withLockedValue { Array($0[before...]) }
            #expect(!lines.isEmpty, "requests were logged at trace level")
            let leaks = lines.filter { $0.contains(marker) }
            #expect(leaks.isEmpty, "\(leaks.map { String($0.prefix(300)) })")
        }
    }

    @Test("ids are random version-4 UUIDs")
    func randomIDs() async throws {
        try await withHaven { app in
            let (alex, _, coupleID) = try await app.couple()
            let checkIn = try await alex.client.post("/api/v1/checkins", CheckInFixtures.wellbeing(visibility: "private"))
                .content.decode(CheckInCreatedBody.self)
            for id in [alex.id, coupleID, checkIn.id] {
                let hex = id.uuidString
                #expect(Array(hex)[14] == "4")
                #expect("89AB".contains(Array(hex)[19]))
            }
            #expect(alex.id != coupleID)
        }
    }
}
