import Foundation
import Testing
@testable import HavenCore

/// Names, phone numbers, e-mail addresses and links disappear from every output.
@Suite("Report: redaction")
struct RedactorTests {
    let redactor = Redactor(participants: ["Ana Lima", "Leo Park"])

    @Test(arguments: [
        ("Call Ana at +44 7700 900123", "Call Partner A at [phone]"),
        ("mail leo.park@example.com now", "mail [email] now"),
        ("see https://example.org/a?b=1 and www.test.net", "see [link] and [link]"),
        ("LEO said lima beans", "Partner B said Partner A beans"),
        ("meet on 2024-03-05 at 10:30", "meet on 2024-03-05 at 10:30"),
        ("Analysis of Leonardo", "Analysis of Leonardo"),
        ("ring 555-123-4567", "ring [phone]"),
    ])
    func replacesIdentifiers(input: String, expected: String) {
        #expect(redactor.redact(input) == expected)
    }

    @Test func groupMembersArePeopleAndSharedNamePartsStay() {
        let group = Redactor(participants: ["Ana Lima", "Leo Lima", "Zoe"])
        #expect(group.alias(for: "Zoe") == "Person C")
        #expect(group.redact("ana and leo visit the Lima family") == "Person A and Person B visit the [name] family")
    }

    @Test func evidenceStillPointsAtTheSameWords() {
        let text = "Ana, you never listen, call 07700 900123"
        let evidence = [Evidence(start: 5, end: 21, text: "you never listen")]
        let (redacted, moved) = redactor.redact(text, evidence: evidence)
        #expect(redacted == "Partner A, you never listen, call [phone]")
        let scalars = Array(redacted.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[moved[0].start..<moved[0].end])) == "you never listen")
    }

    @Test func aRedactedReportNamesNobody() throws {
        let lines: [(Double, String, String)] = [
            (0, "Ana Lima", "You never listen to me, Leo. You always do this, you are so selfish."),
            (60, "Leo Park", "That is not my fault, Ana, you started it. Mail me at leo@example.com"),
            (120, "Ana Lima", "You are pathetic, honestly. Leo, see https://example.com"),
        ]
        let report = ConversationAnalyzer(engine: try SignalEngine.standard())
            .analyze(ReportFixtures.conversation(lines)).redacted()
        let json = String(decoding: try report.jsonData(), as: UTF8.self)
        let html = HTMLReport(report: report).render()
        for secret in ["Ana", "Leo", "Lima", "Park", "example.com", "leo@"] {
            #expect(!json.contains(secret), "JSON still holds \(secret)")
            #expect(!html.contains(secret), "HTML still holds \(secret)")
        }
        #expect(report.redacted)
        #expect(report.participants.map(\.name) == ["Partner A", "Partner B"])
    }
}
