import Vapor

/// What every page's layout needs.
struct PageMeta: Encodable {
    var title: String
    var csrf: String
    var loggedIn: Bool
    var notice: String?

    init(_ title: String, _ req: Request, notice: String? = nil) {
        self.title = title
        csrf = req.csrfToken
        loggedIn = req.auth.has(User.self)
        self.notice = notice ?? req.query[String.self, at: "notice"].flatMap(Notices.text)
    }
}

/// Short confirmations shown after a redirect, chosen by key so that no user text travels in URLs.
enum Notices {
    static let texts: [String: String] = [
        "saved": "Saved.",
        "joined": "You joined your partner's space.",
        "left": "You left the couple space. Your own data stays with you.",
        "pause": "Your partner now sees that you need a break, and when you will be back.",
        "back": "Welcome back. Take a breath before you pick the talk up again.",
        "sent": "Sent to your partner.",
        "deleted": "Deleted.",
        "therapist": "Therapist approval saved.",
    ]

    static func text(_ key: String) -> String? { texts[key] }
}
