import Foundation
import HavenServer
import NIOCore
import Testing
import VaporTesting

/// A browser stand-in: keeps cookies and fills in each form's CSRF token from the last page.
final class WebClient {
    let app: Application
    private(set) var cookies: [String: String] = [:]
    private(set) var lastPage = ""

    init(_ app: Application) {
        self.app = app
    }

    @discardableResult
    func get(_ path: String) async throws -> TestingHTTPResponse {
        let response = try await app.testing().sendRequest(.GET, path) { req in
            req.headers.replaceOrAdd(name: .cookie, value: self.cookieHeader)
        }
        absorb(response)
        if response.headers.contentType == .html { lastPage = response.body.string }
        return response
    }

    /// Posts a form; `csrf` is taken from the last page unless given.
    @discardableResult
    func post(_ path: String, _ fields: [(String, String)], csrf: String? = nil) async throws -> TestingHTTPResponse {
        var all = fields
        if let token = csrf ?? csrfToken { all.append(("csrf", token)) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        let response = try await app.testing().sendRequest(.POST, path) { req in
            req.headers.replaceOrAdd(name: .cookie, value: self.cookieHeader)
            req.headers.contentType = .urlEncodedForm
            req.body = ByteBuffer(string: body)
        }
        absorb(response)
        return response
    }

    /// The CSRF token in the first form of the last page fetched with GET.
    var csrfToken: String? {
        guard let range = lastPage.range(of: #"name="csrf" value=""#) else { return nil }
        return String(lastPage[range.upperBound...].prefix { $0 != "\"" })
    }

    /// Signs up through the pages and follows to the home page.
    func signUp(_ name: String, email: String, password: String = "correct horse battery") async throws {
        try await get("/signup")
        let response = try await post("/signup", [("email", email), ("password", password), ("displayName", name)])
        #expect(response.status == .seeOther)
        #expect(response.headers.first(name: .location) == "/home")
        try await get("/home")
    }

    private var cookieHeader: String {
        cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }

    private func absorb(_ response: TestingHTTPResponse) {
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else { continue }
            if parts[1].isEmpty || header.contains("Max-Age=0") { cookies[parts[0]] = nil } else { cookies[parts[0]] = parts[1] }
        }
    }

    private static func encode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}
