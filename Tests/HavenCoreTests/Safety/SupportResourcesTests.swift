import Foundation
import Testing
@testable import HavenCore

@Suite("Support resources")
struct SupportResourcesTests {
    let bundled: SupportResources

    init() throws {
        bundled = try SupportResources.bundled()
    }

    @Test("The bundled defaults hold the checked numbers for every region", arguments: [
        ("US", ["988", "1-800-799-7233"], "911"),
        ("UK", ["116 123", "0808 2000 247"], "999"),
        ("EU", ["116 123", "116 016"], "112"),
        ("CA", ["9-8-8", "sheltersafe.ca"], "911"),
        ("AU", ["13 11 14", "1800 737 732"], "000"),
        ("IN", ["14416", "181"], "112"),
    ])
    func regionNumbers(_ code: String, _ numbers: [String], _ emergency: String) throws {
        let region = try #require(bundled.region(code: code))
        let contacts = region.resources.map(\.contact).joined(separator: " | ")
        for number in numbers { #expect(contacts.contains(number), "\(code) lacks \(number)") }
        #expect(region.emergency == emergency)
        for concern in SafetyConcern.allCases {
            #expect(!region.resources(for: [concern]).isEmpty, "\(code) has nothing for \(concern)")
        }
    }

    @Test("A locale picks its region", arguments: [
        ("en_GB", "UK"), ("en-GB", "UK"), ("en_GB.UTF-8", "UK"), ("cy_GB@euro", "UK"), ("fr_FR", "EU"),
        ("de-AT", "EU"), ("ga_IE", "EU"), ("en_CA", "CA"), ("fr_CA", "CA"), ("en_AU", "AU"), ("hi_IN", "IN"),
        ("en_IN", "IN"), ("en_US", "US"), ("es-US", "US"), ("en", "US"), ("C", "US"), ("POSIX", "US"), ("", "US"),
        ("pt_BR", "INTL"), ("ja_JP", "INTL"), ("zh-Hant-TW", "INTL"), ("es_419", "INTL"), ("UK", "UK"),
        ("EU", "EU"), ("INTL", "INTL"), ("ca", "US"),
    ])
    func localeToRegion(_ locale: String, _ code: String) {
        #expect(bundled.region(forLocale: locale).code == code)
    }

    @Test("No locale at all gets the default region")
    func noLocale() {
        #expect(bundled.region(forLocale: nil).code == bundled.defaultRegion)
    }

    @Test("A user file adds regions, replaces regions and changes the default")
    func userFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("haven-support-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: url) }
        let json = #"""
            {"defaultRegion": "NZ",
             "regions": [
              {"code": "NZ", "name": "New Zealand", "countries": ["NZ"], "emergency": "111",
               "resources": [{"name": "Test line", "contact": "call 0000", "concerns": ["self-harm", "violence"]}]},
              {"code": "US", "name": "United States", "countries": ["US"], "emergency": "911",
               "resources": [{"name": "Local line", "contact": "call 555", "concerns": ["violence"]}]}
             ]}
            """#
        try Data(json.utf8).write(to: url)
        let merged = try bundled.applyingUserFile(at: url)
        #expect(merged.region(forLocale: "en_NZ").name == "New Zealand")
        #expect(merged.region(forLocale: "en").code == "NZ")
        #expect(merged.region(code: "US")?.resources.map(\.name) == ["Local line"])
        #expect(merged.region(code: "UK") == bundled.region(code: "UK"))
    }

    @Test("A broken user file gives a clear error", arguments: [
        ("{ not json", "not valid JSON"),
        (#"{"defaultRegion": "XX"}"#, "region 'XX' is not defined"),
        (#"{"regions": [{"code": "NZ"}]}"#, "missing 'name'"),
    ])
    func brokenUserFile(_ json: String, _ message: String) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("haven-support-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(json.utf8).write(to: url)
        do {
            _ = try bundled.applyingUserFile(at: url)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains(message), "\(error.description)")
        }
    }

    @Test("A missing user file is reported with its path")
    func missingUserFile() {
        #expect(throws: SafetyError.unreadable(file: "/no/such/file.json", reason: "cannot open the file")) {
            try bundled.applyingUserFile(at: URL(fileURLWithPath: "/no/such/file.json"))
        }
    }

    @Test("The user file is found from the environment")
    func userFileLocation() {
        #expect(SupportResources.userFileURL(environment: ["HAVEN_SUPPORT_RESOURCES": "/a/b.json", "HOME": "/h"]).path == "/a/b.json")
        #expect(SupportResources.userFileURL(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]).path == "/x/haven/support-resources.json")
        #expect(SupportResources.userFileURL(environment: ["HOME": "/h"]).path == "/h/.config/haven/support-resources.json")
    }

    @Test("Guidance is empty when nothing fired and fits the concerns when something did")
    func guidance() {
        let none = SupportGuidance(for: .clear, resources: bundled, locale: "en_GB")
        #expect(none.lines.isEmpty && none.resources.isEmpty)
        let screening = SafetyScreener.shared.screen("I want to die")
        let uk = SupportGuidance(for: screening, resources: bundled, locale: "en_GB")
        #expect(uk.resources.map(\.name) == ["Samaritans"])
        #expect(uk.lines.count == 3)
        #expect(uk.emergency.contains("999"))
        #expect(uk.privacy.contains("device"))
        let elsewhere = SupportGuidance(for: screening, resources: bundled, locale: "pt_BR")
        #expect(!elsewhere.resources.isEmpty)
        #expect(elsewhere.emergency.contains("local emergency number"))
    }

    @Test("The words shown are short and calm")
    func messageTone() {
        let m = bundled.messages
        for line in [m.intro, m.selfHarm, m.violence, m.coerciveControl, m.professional, m.privacy] {
            #expect(line.count < 220)
            #expect(!line.contains("!"))
            #expect(line == line.replacingOccurrences(of: "WARNING", with: ""))
        }
    }
}
