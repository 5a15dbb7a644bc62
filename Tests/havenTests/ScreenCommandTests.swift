import Foundation
import HavenCore
import Testing
@testable import haven

@Suite("haven screen")
struct ScreenCommandTests {
    @Test("Arguments parse: --json, --locale and the text")
    func parses() throws {
        let command = try ScreenCommand.parse(["--json", "--locale", "en_GB", "he hit me"])
        #expect(command.json)
        #expect(command.locale == "en_GB")
        #expect(command.text == "he hit me")
    }

    @Test("JSON output is versioned and lists concerns, evidence and the region's resources")
    func json() throws {
        let screening = SafetyScreener.shared.screen("he hit me and I want to die")
        let guidance = SupportGuidance(for: screening, resources: try .bundled(), locale: "en_AU")
        let text = try ScreenReport.json(screening: screening, guidance: guidance)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["safety"] as? [String] == ["self-harm", "violence"])
        #expect((object["evidence"] as? [[String: Any]])?.count == 2)
        #expect((object["region"] as? [String: Any])?["code"] as? String == "AU")
        let names = (object["resources"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(names == ["Lifeline", "1800RESPECT"])
    }

    @Test("Text output has no colour codes unless asked, and says nothing alarming when clear")
    func text() throws {
        let support = try SupportResources.bundled()
        let fired = SafetyScreener.shared.screen("she tracks my location")
        let plain = ScreenReport.text(screening: fired, guidance: .init(for: fired, resources: support, locale: "en_US"), colour: false)
        #expect(!plain.contains("\u{1B}["))
        #expect(plain.contains("1-800-799-7233"))
        #expect(plain.contains("coercive-control"))
        let coloured = ScreenReport.text(screening: fired, guidance: .init(for: fired, resources: support, locale: "en_US"), colour: true)
        #expect(coloured.contains("\u{1B}[1m"))
        let clear = ScreenReport.text(screening: .clear, guidance: .init(for: .clear, resources: support, locale: "en_US"), colour: false)
        #expect(clear.hasPrefix("No signs of danger"))
        #expect(!clear.contains("988"))
    }

    @Test("The locale comes from LC_ALL, then LC_MESSAGES, then LANG")
    func environmentLocale() {
        #expect(ScreenCommand.locale(["LANG": "en_GB.UTF-8", "LC_ALL": "fr_FR"]) == "fr_FR")
        #expect(ScreenCommand.locale(["LANG": "en_GB.UTF-8", "LC_MESSAGES": "en_IN"]) == "en_IN")
        #expect(ScreenCommand.locale(["LANG": "en_GB.UTF-8", "LC_ALL": ""]) == "en_GB.UTF-8")
    }
}
