import Foundation
import HavenCore
import HavenServer
import Testing
import VaporTesting

@Suite("Chat analysis with consent", .serialized)
struct AnalysisRouteTests {
    /// A tiny WhatsApp export written here (not copied from shared data).
    static let export = """
    12/01/2024, 20:15 - Alex: You never listen to me, you always do this.
    12/01/2024, 20:16 - Sam: I'm sorry, I was tired. Can we talk after dinner?
    12/01/2024, 20:17 - Alex: Whatever.
    12/01/2024, 20:30 - Sam: I love you, thank you for cooking tonight.
    13/01/2024, 09:02 - Alex: Thanks, that means a lot.

    """

    func upload(_ user: TestUser, _ text: String = export, fileName: String = "WhatsApp Chat.txt", participant: String? = nil) async throws -> TestingHTTPResponse {
        let name = fileName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let me = participant.map { "&participant=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" } ?? ""
        return try await user.client.app.testing().sendRequest(.POST, "/api/v1/analyses?fileName=\(name)\(me)") { req in
            req.headers.bearerAuthorization = .init(token: user.client.token ?? "")
            req.headers.contentType = .plainText
            req.body = ByteBuffer(string: text)
        }
    }

    @Test("an upload gives the uploader the report `haven analyze --json` writes")
    func uploadReport() async throws {
        try await withHaven { app in
            let alex = try await app.signUp("Alex")
            let response = try await upload(alex)
            #expect(response.status == .created)
            let body = try response.content.decode(AnalysisBody.self)
            let report = try #require(body.report)
            #expect(report.messages == 5)
            #expect(Set(report.participants.map(\.name)) == ["Alex", "Sam"])
            #expect(report.participants.first { $0.name == "Alex" }?.messages == 3)

            let conversation = try ConversationReader().read(data: Data(Self.export.utf8), fileName: "WhatsApp Chat.txt")
            let expected = ConversationAnalyzer(engine: try SignalEngine.standard()).analyze(conversation)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
            let served = try JSONSerialization.data(withJSONObject: try #require(json["report"]))
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            #expect(try decoder.decode(AnalysisReport.self, from: served) == expected)
        }
    }

    @Test("the full HTML report: uploader, then the partner after consent; inline styles but no script")
    func htmlReport() async throws {
        try await withHaven { app in
            let (alex, sam, _) = try await app.couple()
            let id = try await upload(alex).content.decode(AnalysisBody.self).id
            let ana = WebClient(app)
            try await ana.get("/login")
            try await ana.post("/login", [("email", alex.email), ("password", "correct horse battery")])
            let page = try await ana.get("/analysis/\(id)/report")
            #expect(page.status == .ok)
            let csp = try #require(page.headers.first(name: "Content-Security-Policy"))
            #expect(!csp.contains("script"))
            #expect(csp.contains("frame-ancestors 'none'"))
            #expect(!page.body.string.lowercased().contains("<script"))

            let partner = WebClient(app)
            try await partner.get("/login")
            try await partner.post("/login", [("email", sam.email), ("password", "correct horse battery")])
            #expect(try await partner.get("/analysis/\(id)/report").status == .notFound)
            _ = try await alex.client.post("/api/v1/analyses/\(id)/share")
            #expect(try await partner.get("/analysis/\(id)/report").status == .notFound, "asked, not yet accepted")
            _ = try await sam.client.post("/api/v1/analyses/\(id)/consent", ["accept": true])
            #expect(try await partner.get("/analysis/\(id)/report").status == .ok)
        }
    }

    @Test("the partner sees nothing until asked, the request without the report, and the report only after accepting")
    func consentFlow() async throws {
        try await withHaven { app in
            let (alex, sam, _) = try await app.couple()
            let outsider = try await app.signUp("Kim")
            let id = try await upload(alex).content.decode(AnalysisBody.self).id
            #expect(try await sam.client.get("/api/v1/analyses/\(id)").status == .notFound)
            #expect(try await sam.client.get("/api/v1/analyses").content.decode([AnalysisBody].self).isEmpty)

            #expect(try await sam.client.post("/api/v1/analyses/\(id)/share").status == .notFound, "only the uploader asks")
            #expect(try await alex.client.post("/api/v1/analyses/\(id)/share").status == .ok)
            let request = try await sam.client.get("/api/v1/analyses/\(id)").content.decode(AnalysisBody.self)
            #expect(request.sharing == "requested")
            #expect(request.report == nil)
            #expect(try await alex.client.post("/api/v1/analyses/\(id)/consent", ["accept": true]).status == .conflict)
            #expect(try await outsider.client.post("/api/v1/analyses/\(id)/consent", ["accept": true]).status == .notFound)

            let accepted = try await sam.client.post("/api/v1/analyses/\(id)/consent", ["accept": true])
            #expect(accepted.status == .ok)
            #expect(try await sam.client.get("/api/v1/analyses/\(id)").content.decode(AnalysisBody.self).report?.messages == 5)
            #expect(try await outsider.client.get("/api/v1/analyses/\(id)").status == .notFound)
            #expect(try await sam.client.delete("/api/v1/analyses/\(id)").status == .notFound)
        }
    }

    @Test("a declined request leaves the report with the uploader only")
    func decline() async throws {
        try await withHaven { app in
            let (alex, sam, _) = try await app.couple()
            let id = try await upload(alex).content.decode(AnalysisBody.self).id
            _ = try await alex.client.post("/api/v1/analyses/\(id)/share")
            let declined = try await sam.client.post("/api/v1/analyses/\(id)/consent", ["accept": false])
            #expect(try declined.content.decode(AnalysisBody.self).report == nil)
            #expect(try await sam.client.get("/api/v1/analyses/\(id)").status == .notFound)
            let own = try await alex.client.get("/api/v1/analyses/\(id)").content.decode(AnalysisBody.self)
            #expect(own.sharing == "declined")
            #expect(own.report != nil)
        }
    }

    @Test("chat exports may exceed the JSON body limit, up to their own")
    func uploadLimit() async throws {
        try await withHaven({ $0.maxUploadBytes = 400_000 }) { app in
            let alex = try await app.signUp("Alex")
            let line = "12/01/2024, 20:15 - Alex: Thank you for dinner, it was lovely.\n12/01/2024, 20:16 - Sam: Anytime!\n"
            let big = String(repeating: line, count: 200_000 / line.utf8.count + 1)
            #expect(big.utf8.count > AppConfig().maxBodyBytes)
            #expect(try await upload(alex, big).status == .created)
            let tooBig = String(repeating: line, count: 450_000 / line.utf8.count)
            let refused = try await upload(alex, tooBig)
            #expect(refused.status == .payloadTooLarge)
            #expect(refused.errorMessage != nil)
        }
    }

    @Test("a file that is not a chat export is 400 with the importer's reason", arguments: ["", "just some words\nno dates here\n"])
    func notAChat(text: String) async throws {
        try await withHaven { app in
            let alex = try await app.signUp("Alex")
            let response = try await upload(alex, text, fileName: "notes.txt")
            #expect(response.status == .badRequest)
            #expect(response.errorMessage != nil)
        }
    }

    @Test("naming myself in the chat feeds my plan, as `haven plan --analysis` would read it")
    func planFromChat() async throws {
        try await withHaven { app in
            let alex = try await app.signUp("Alex")
            let heated = """
            12/01/2024, 20:15 - Alex: You never listen to me, you always do this.
            12/01/2024, 20:16 - Sam: I was tired.
            12/01/2024, 20:17 - Alex: You never help, you always leave it to me.
            12/01/2024, 20:18 - Sam: OK.
            12/01/2024, 20:19 - Alex: You're so lazy, you never do anything around here.

            """
            let wrong = try await upload(alex, heated, participant: "Robin")
            #expect(wrong.status == .badRequest)
            #expect(wrong.errorMessage?.contains("Alex, Sam") == true)

            let created = try await upload(alex, heated, participant: "Alex")
            #expect(created.status == .created)
            let reportJSON = try JSONSerialization.data(withJSONObject: try #require(
                (try JSONSerialization.jsonObject(with: Data(created.body.readableBytesView)) as? [String: Any])?["report"]))
            let summary = try JSONDecoder().decode(ChatAnalysisSummary.self, from: reportJSON)
            let expected = try PlanEngine(catalog: QuestionnaireCatalog.bundled())
                .makePlan(PlanInput(history: AssessmentHistory(), analysis: summary, participant: "Alex"))
            let plan = try await alex.client.get("/api/v1/plan").content.decode(PlanBody.self)
            #expect(plan.steps.map(\.id) == expected.steps.map(\.id))
            #expect(!plan.steps.isEmpty)
        }
    }

    @Test("a chat both agreed to share shows on the couple page")
    func sharedOnCouplePage() async throws {
        try await withHaven { app in
            let (alex, sam, _) = try await app.couple()
            let id = try await upload(alex).content.decode(AnalysisBody.self).id
            _ = try await alex.client.post("/api/v1/analyses/\(id)/share")
            let web = WebClient(app)
            try await web.get("/login")
            try await web.post("/login", [("email", sam.email), ("password", "correct horse battery")])
            #expect(try await !web.get("/couple").body.string.contains("Chats you both chose to share"))
            _ = try await sam.client.post("/api/v1/analyses/\(id)/consent", ["accept": true])
            let page = try await web.get("/couple").body.string
            #expect(page.contains("Chats you both chose to share"))
            #expect(page.contains("<td>Alex</td><td>3</td>"))
        }
    }

    @Test("the analysis page uploads a multipart file with the CSRF token")
    func page() async throws {
        try await withHaven { app in
            let web = WebClient(app)
            try await web.signUp("Ana", email: "ana@example.org")
            try await web.get("/analysis")
            let token = try #require(web.csrfToken)
            let boundary = "XyZ\(UUID().uuidString.prefix(8))"
            let body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(token)\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"chat.txt\"\r\nContent-Type: text/plain\r\n\r\n\(Self.export)\r\n"
                + "--\(boundary)--\r\n"
            let response = try await app.testing().sendRequest(.POST, "/analysis") { req in
                req.headers.replaceOrAdd(name: .cookie, value: web.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
                req.headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
                req.body = ByteBuffer(string: body)
            }
            #expect(response.status == .seeOther)
            let page = try await web.get("/analysis").body.string
            #expect(page.contains("<td>Alex</td><td>3</td>"))
        }
    }
}

struct AnalysisBody: Codable {
    struct Report: Codable {
        struct Person: Codable { var name: String; var messages: Int; var signals: [String: Int] }
        var messages: Int
        var participants: [Person]
    }
    var id: UUID
    var sharing: String
    var report: Report?
}
