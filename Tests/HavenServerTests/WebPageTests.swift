import Foundation
import HavenCore
import HavenServer
import Testing
import VaporTesting

@Suite("Pages", .serialized)
struct WebPageTests {
    @Test("sign-up sets an HttpOnly SameSite session cookie; a post without the CSRF token is 403")
    func signUpCookies() async throws {
        try await withHaven { app in
            let web = WebClient(app)
            let form = try await web.get("/signup")
            #expect(form.status == .ok)
            let csrfCookie = try #require(form.headers[.setCookie].first { $0.hasPrefix("haven_csrf=") })
            #expect(csrfCookie.contains("HttpOnly"))
            #expect(csrfCookie.contains("SameSite=Strict"))
            let forged = try await web.post("/signup", [("email", "a@b.org"), ("password", "long enough pw"), ("displayName", "A")], csrf: "forged")
            #expect(forged.status == .forbidden)

            let done = try await web.post("/signup", [("email", "a@b.org"), ("password", "long enough pw"), ("displayName", "A")])
            #expect(done.status == .seeOther)
            let session = try #require(done.headers[.setCookie].first { $0.hasPrefix("haven_session=") })
            #expect(session.contains("HttpOnly"))
            #expect(session.contains("SameSite=Lax"))
            #expect(!session.contains("Secure"))
            #expect(try await web.get("/home").status == .ok)
        }
    }

    @Test("behind TLS the session cookie is Secure and responses carry HSTS")
    func secureCookies() async throws {
        try await withHaven({ $0.secureCookies = true }) { app in
            let web = WebClient(app)
            try await web.get("/signup")
            let done = try await web.post("/signup", [("email", "a@b.org"), ("password", "long enough pw"), ("displayName", "A")])
            let session = try #require(done.headers[.setCookie].first { $0.hasPrefix("haven_session=") })
            #expect(session.contains("Secure"))
            #expect(done.headers.first(name: "Strict-Transport-Security") != nil)
        }
    }

    @Test("sign up → couple → invite → join → check-in → pause → dashboards")
    func coupleFlow() async throws {
        try await withHaven { app in
            let ana = WebClient(app)
            try await ana.signUp("Ana", email: "ana@example.org")
            try await ana.get("/couple")
            let created = try await ana.post("/couple/create", [])
            #expect(created.status == .ok)
            let code = try #require(Self.inviteCode(in: created.body.string))

            let sam = WebClient(app)
            try await sam.signUp("Sam", email: "sam@example.org")
            try await sam.get("/couple")
            let joined = try await sam.post("/couple/join", [("inviteCode", code)])
            #expect(joined.status == .seeOther)
            #expect(try await sam.get("/couple").body.string.contains("<strong>Ana</strong>"))

            try await ana.get("/checkins/new/haven-wellbeing")
            for answers in [["4", "3", "4", "5", "2", "4", "3", "4", "4"], ["5", "5", "4", "5", "4", "5", "4", "5", "5"]] {
                let fields = [("questionnaire", "haven-wellbeing"), ("visibility", "partner")]
                    + answers.enumerated().map { ("a\($0.offset + 1)", $0.element) }
                let saved = try await ana.post("/checkins", fields)
                #expect(saved.status == .seeOther)
            }
            let history = try await ana.get("/checkins")
            #expect(history.body.string.contains("<svg"))
            #expect(history.body.string.contains("role=\"img\""))
            #expect(history.body.string.contains("<polyline"))

            try await ana.get("/home")
            #expect(try await ana.post("/pause", [("minutes", "45")]).status == .seeOther)
            let samHome = try await sam.get("/home").body.string
            #expect(samHome.contains("Ana needs a break"))
            #expect(samHome.contains("in 45 minutes") || samHome.contains("in 44 minutes"))
            let samCouple = try await sam.get("/couple").body.string
            #expect(samCouple.contains("Personal well-being"), "Ana's shared check-ins show in the couple view")

            try await sam.get("/couple")
            #expect(try await sam.post("/appreciations", [("text", "Thanks for <b>dinner</b>")]).status == .seeOther)
            let anaCouple = try await ana.get("/couple").body.string
            #expect(anaCouple.contains("Thanks for &lt;b&gt;dinner&lt;/b&gt;"), "user text is escaped")
        }
    }

    @Test("every page: forms carry a CSRF token, no script, no inline style", arguments: [
        "/home", "/couple", "/checkins", "/checkins/new/haven-conflict", "/coach", "/journal", "/account", "/analysis", "/therapist",
    ])
    func pageHygiene(path: String) async throws {
        try await withHaven { app in
            let web = WebClient(app)
            try await web.signUp("Ana", email: "ana@example.org")
            let page = try await web.get(path)
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(!html.lowercased().contains("<script"))
            #expect(!html.contains(" style="))
            #expect(!html.contains("http://") && !html.contains("https://"), "no external resources")
            let forms = html.components(separatedBy: "<form").dropFirst()
            for form in forms {
                let body = form.components(separatedBy: "</form>")[0]
                if body.contains("method=\"post\"") { #expect(body.contains("name=\"csrf\" value=\"")) }
            }
            // Every input and textarea with an id has a label.
            for id in Self.ids(in: html) { #expect(html.contains("for=\"\(id)\""), "no label for #\(id) on \(path)") }
        }
    }

    @Test("a logged-in form post needs this session's token, not another's")
    func sessionCSRF() async throws {
        try await withHaven { app in
            let ana = WebClient(app)
            try await ana.signUp("Ana", email: "ana@example.org")
            let sam = WebClient(app)
            try await sam.signUp("Sam", email: "sam@example.org")
            try await sam.get("/journal")
            let samToken = try #require(sam.csrfToken)
            try await ana.get("/journal")
            #expect(try await ana.post("/journal", [("text", "hello")], csrf: samToken).status == .forbidden)
            #expect(try await ana.post("/journal", [("text", "hello")], csrf: "").status == .forbidden)
            #expect(try await ana.post("/journal", [("text", "hello")]).status == .seeOther)
            #expect(try await ana.get("/journal").body.string.contains("hello"))
        }
    }

    @Test("log out ends the session on the server, not only in the browser")
    func logOut() async throws {
        try await withHaven { app in
            let web = WebClient(app)
            try await web.signUp("Ana", email: "ana@example.org")
            let stolen = try #require(web.cookies["haven_session"])
            let out = try await web.post("/logout", [])
            #expect(out.status == .seeOther)
            let replay = try await app.testing().sendRequest(.GET, "/home") { req in
                req.headers.replaceOrAdd(name: .cookie, value: "haven_session=\(stolen)")
            }
            #expect(replay.status == .seeOther)
            #expect(replay.headers.first(name: .location) == "/login")
        }
    }

    @Test("wrong password shows the form again with 401; log in works with the right one")
    func logIn() async throws {
        try await withHaven { app in
            let web = WebClient(app)
            try await web.signUp("Ana", email: "ana@example.org")
            try await web.post("/logout", [])
            try await web.get("/login")
            let wrong = try await web.post("/login", [("email", "ana@example.org"), ("password", "not my password")])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.body.string.contains("Wrong e-mail or password."))
            #expect(try await web.post("/login", [("email", "ana@example.org"), ("password", "correct horse battery")]).status == .seeOther)
            #expect(try await web.get("/home").status == .ok)
        }
    }

    @Test("export downloads my data; delete needs confirmation and ends the session")
    func exportAndDelete() async throws {
        try await withHaven { app in
            let web = WebClient(app)
            try await web.signUp("Ana", email: "ana@example.org")
            try await web.get("/journal")
            try await web.post("/journal", [("text", "my private words")])
            let export = try await web.get("/account/export.json")
            #expect(export.status == .ok)
            #expect(export.headers.first(name: .contentDisposition)?.contains("attachment") == true)
            #expect(export.body.string.contains("my private words"))
            try await web.get("/account")
            #expect(try await web.post("/account/delete", [("confirm", "yes")]).status == .badRequest)
            try await web.get("/account")
            #expect(try await web.post("/account/delete", [("confirm", "delete")]).status == .seeOther)
            #expect(web.cookies["haven_session"] == nil)
            let login = try await APIClient(app).post("/api/v1/tokens", ["email": "ana@example.org", "password": "correct horse battery"])
            #expect(login.status == .unauthorized)
        }
    }

    @Test("the coach page shows findings and stores nothing")
    func coach() async throws {
        try await withHaven { app in
            let web = WebClient(app)
            try await web.signUp("Ana", email: "ana@example.org")
            try await web.get("/coach")
            let draft = "You never listen to me, you always do this."
            let page = try await web.post("/coach", [("text", draft)])
            #expect(page.status == .ok)
            #expect(page.body.string.contains("class=\"finding\""))
            let export = try await web.get("/account/export.json").body.string
            #expect(!export.contains("never listen"))
        }
    }

    @Test("the therapist page shows what was shared with the therapist, and nothing else")
    func therapistPage() async throws {
        try await withHaven { app in
            let (alex, sam, _) = try await app.couple()
            let web = WebClient(app)
            try await web.signUp("Dr Lee", email: "lee@example.org")
            #expect(try await web.get("/therapist").body.string.contains("No couple has approved you yet"))
            for user in [alex, sam] { _ = try await user.client.post("/api/v1/couple/therapists", ["email": "lee@example.org"]) }
            _ = try await alex.client.post("/api/v1/checkins", CheckInFixtures.wellbeing(visibility: "private", therapist: true))
            _ = try await sam.client.post("/api/v1/checkins", CheckInFixtures.Body(
                questionnaire: "csi-4", answers: [1, 2, 3, 4], visibility: "partner"))
            let page = try await web.get("/therapist").body.string
            #expect(page.contains("Alex and Sam"))
            #expect(page.contains("Alex: Personal well-being"))
            #expect(!page.contains("Sam: "), "Sam shared nothing with the therapist")
        }
    }

    @Test("pause times show in the reader's chosen time zone, UTC otherwise")
    func timeZones() async throws {
        try await withHaven { app in
            let (alex, sam, _) = try await app.couple()
            let bad = try await sam.client.send(.PATCH, "/api/v1/me", json: ["timeZone": "Mars/Olympus"])
            #expect(bad.status == .badRequest)
            let set = try await sam.client.send(.PATCH, "/api/v1/me", json: ["timeZone": "Asia/Kolkata"])
            #expect(set.status == .ok)
            let pause = try await alex.client.post("/api/v1/pauses", ["minutes": 60]).content.decode(PauseCreatedBody.self)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = try #require(TimeZone(identifier: "Asia/Kolkata"))
            let parts = calendar.dateComponents([.hour, .minute], from: pause.returnsAt)
            let local = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)

            let web = WebClient(app)
            try await web.get("/login")
            try await web.post("/login", [("email", sam.email), ("password", "correct horse battery")])
            let home = try await web.get("/home").body.string
            #expect(home.contains(">\(local)</time>"))
            #expect(!home.contains(" UTC</time>"))
        }
    }

    @Test("the pause form takes a return time; outside 20 minutes…24 hours it is refused")
    func pauseBackAt() async throws {
        try await withHaven { app in
            let (_, sam, _) = try await app.couple()
            let web = WebClient(app)
            try await web.get("/login")
            try await web.post("/login", [("email", sam.email), ("password", "correct horse battery")])
            var utc = Calendar(identifier: .gregorian)
            utc.timeZone = TimeZone(identifier: "UTC")!
            func clock(_ offset: TimeInterval) -> String {
                let p = utc.dateComponents([.hour, .minute], from: Date().addingTimeInterval(offset))
                return String(format: "%02d:%02d", p.hour ?? 0, p.minute ?? 0)
            }
            try await web.get("/home")
            #expect(try await web.post("/pause", [("backAt", clock(10 * 60))]).status == .badRequest)
            try await web.get("/home")
            #expect(try await web.post("/pause", [("backAt", "25:00")]).status == .badRequest)
            try await web.get("/home")
            let target = clock(2 * 3600)
            #expect(try await web.post("/pause", [("minutes", "30"), ("backAt", target)]).status == .seeOther)
            let home = try await web.get("/home").body.string
            #expect(home.contains(">\(target) UTC</time>"), "the chosen time wins over the preset")
        }
    }

    @Test("attachment check-ins show HavenCore's anxiety × avoidance plane")
    func attachmentPlane() async throws {
        try await withHaven { app in
            let alex = try await app.signUp("Alex")
            let items = try QuestionnaireCatalog.bundled().questionnaire("haven-attachment").itemCount
            for value in [2.0, 5.0] {
                let body = CheckInFixtures.Body(questionnaire: "haven-attachment", answers: Array(repeating: value, count: items), visibility: "private")
                #expect(try await alex.client.post("/api/v1/checkins", body).status == .created)
            }
            let web = WebClient(app)
            try await web.get("/login")
            try await web.post("/login", [("email", alex.email), ("password", "correct horse battery")])
            let page = try await web.get("/checkins").body.string
            #expect(page.contains("Where you stand on anxiety and avoidance"))
            #expect(page.components(separatedBy: "<svg").count - 1 >= 3, "the plane and one chart per subscale")
        }
    }

    static func inviteCode(in html: String) -> String? {
        guard let range = html.range(of: "class=\"code\">") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "<" })
    }

    static func ids(in html: String) -> [String] {
        var result: [String] = []
        for tag in ["<input", "<textarea", "<select"] {
            for chunk in html.components(separatedBy: tag).dropFirst() {
                let element = chunk.prefix { $0 != ">" }
                if element.contains("type=\"hidden\"") { continue }
                if let r = element.range(of: " id=\"") { result.append(String(element[r.upperBound...].prefix { $0 != "\"" })) }
            }
        }
        return result
    }
}
