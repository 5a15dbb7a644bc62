import Foundation

/// The OpenAPI 3.1 description of `/api/v1` (Resources/openapi.json), served at `/api/v1/openapi.json`.
enum OpenAPIDocument {
    static let json: String = {
        let path = HavenServerResources.root + "openapi.json"
        return (try? String(contentsOfFile: path, encoding: .utf8)) ?? "{}"
    }()
}
