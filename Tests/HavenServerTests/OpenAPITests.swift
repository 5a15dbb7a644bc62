import Foundation
import HavenServer
import Testing
import VaporTesting

@Suite("OpenAPI document", .serialized)
struct OpenAPITests {
    @Test("describes every /api/v1 route the app registers, with its method")
    func coversRoutes() async throws {
        try await withHaven { app in
            let response = try await APIClient(app).get("/api/v1/openapi.json")
            #expect(response.status == .ok)
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
            #expect(doc["openapi"] as? String == "3.1.0")
            let paths = try #require(doc["paths"] as? [String: [String: Any]])
            var checked = 0
            for route in app.routes.all {
                let parts = route.path.map(\.description)
                guard parts.starts(with: ["api", "v1"]) else { continue }
                let path = "/" + parts.dropFirst(2).map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : $0 }.joined(separator: "/")
                let method = route.method.rawValue.lowercased()
                #expect(paths[path]?[method] != nil, "\(method.uppercased()) \(path) is missing from openapi.json")
                checked += 1
            }
            #expect(checked > 30)
        }
    }
}
