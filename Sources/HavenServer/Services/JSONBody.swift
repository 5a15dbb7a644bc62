import Foundation
import Vapor

/// Encodes HavenCore values (which do not conform to Vapor's `Content`) as JSON responses.
enum JSONBody {
    static func response(_ value: some Encodable, status: HTTPResponseStatus = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        let response = Response(status: status, body: .init(data: try encoder.encode(value)))
        response.headers.contentType = .json
        return response
    }
}
