import Foundation
import Testing
@testable import haven

/// `haven analyze` end to end through the built binary: outputs, redaction and bad input.
@Suite("Analyze: haven analyze command")
struct AnalyzeCommandTests {
    static let chat = """
        14/11/2023, 09:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
        14/11/2023, 09:01 - Ana Lima: Can you pick up milk on the way home?
        14/11/2023, 09:02 - Leo Park: ok see you at 7
        14/11/2023, 19:00 - Ana Lima: You never listen to me. You always do this, you are so selfish.
        14/11/2023, 19:01 - Leo Park: That is not my fault, you started it. Call me on +44 7700 900123
        14/11/2023, 19:02 - Ana Lima: You are pathetic, honestly.
        14/11/2023, 19:03 - Leo Park: I am sorry, I did not realize it hurt you.
        14/11/2023, 19:04 - Ana Lima: Thank you for saying that, Leo. I appreciate it.
        14/11/2023, 19:05 - Leo Park: <Media omitted>

        """

    @Test func jsonHasTheDocumentedFields() throws {
        let folder = try CLI.temporaryDirectory()
        let path = try CLI.write(Self.chat, to: folder, "chat.txt")
        let run = try CLI.run(["analyze", path, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try CLI.json(run.stdout)
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["format"] as? String == "whatsapp")
        #expect(object["messages"] as? Int == 7)
        #expect(object["events"] as? Int == 2)
        #expect(object["unparsedLines"] as? Int == 0)
        let people = try #require(object["participants"] as? [[String: Any]])
        #expect(people.map { $0["name"] as? String } == ["Ana Lima", "Leo Park"])
        let signals = try #require(people.first?["signals"] as? [String: Int])
        #expect(signals["criticism"] == 2)
        #expect(run.stderr.isEmpty)  // no progress bar when stderr is not a terminal
    }

    @Test func textSummaryHasNoColourOffATerminal() throws {
        let folder = try CLI.temporaryDirectory()
        let run = try CLI.run(["analyze", try CLI.write(Self.chat, to: folder, "chat.txt")])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Conflict episodes"))
        #expect(run.stdout.contains("nothing") || run.stdout.contains("no network connection"))
        #expect(!run.stdout.contains("\u{1B}["))
    }

    @Test func redactRemovesNamesAndNumbersFromEveryOutput() throws {
        let folder = try CLI.temporaryDirectory()
        let path = try CLI.write(Self.chat, to: folder, "chat.txt")
        let html = folder.appendingPathComponent("report.html").path
        let json = try CLI.run(["analyze", path, "--json", "--redact", "--html", html])
        let text = try CLI.run(["analyze", path, "--redact"])
        let page = try String(contentsOfFile: html, encoding: .utf8)
        for output in [json.stdout, text.stdout, page] {
            for secret in ["Ana", "Leo", "Lima", "Park", "7700"] { #expect(!output.contains(secret), "\(secret) left in output") }
        }
        #expect(json.stdout.contains("Partner A"))
    }

    @Test func writesASelfContainedHTMLFileAndNoTemporaryLeftovers() throws {
        let folder = try CLI.temporaryDirectory()
        let html = folder.appendingPathComponent("report.html").path
        let run = try CLI.run(["analyze", try CLI.write(Self.chat, to: folder, "chat.txt"), "--html", html])
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("<svg"))
        #expect(!page.contains("<script"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.sorted() == ["chat.txt", "report.html"])
    }

    @Test func onlySystemMessagesGiveAnEmptyReportThatSaysWhy() throws {
        let folder = try CLI.temporaryDirectory()
        let path = try CLI.write(
            "14/11/2023, 09:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\n"
                + "14/11/2023, 09:01 - Ana created group \"Us\"\n", to: folder, "chat.txt")
        let run = try CLI.run(["analyze", path, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try CLI.json(run.stdout)
        #expect(object["messages"] as? Int == 0)
        #expect((object["emptyReason"] as? String)?.contains("system messages") == true)
        let text = try CLI.run(["analyze", path])
        #expect(text.stdout.contains("Nothing to analyse"))
    }

    @Test(arguments: [
        ("missing.txt", nil as String?, "cannot read"),
        ("empty.txt", "", "empty"),
        ("binary.txt", "\u{0}\u{1}\u{2}\u{3}PK\u{0}\u{0}\u{0}\u{7F}\u{0}\u{0}", "binary"),
        ("notes.txt", "shopping list\nmilk\neggs\n", "Haven reads"),
        ("cut.json", "{\"messages\": [{\"sender_name\": \"Ana\", ", "Haven reads"),
    ])
    func badInputFailsWithAClearMessageAndNoOutputFile(name: String, content: String?, message: String) throws {
        let folder = try CLI.temporaryDirectory()
        let path = folder.appendingPathComponent(name).path
        if let content { _ = try CLI.write(content, to: folder, name) }
        let html = folder.appendingPathComponent("report.html").path
        let run = try CLI.run(["analyze", path, "--html", html])
        #expect(run.status != 0)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!run.stderr.contains("Fatal error"))
        #expect(!FileManager.default.fileExists(atPath: html))
        #expect(run.stdout.isEmpty)
    }

    @Test func truncatedJSONInAForcedFormatSaysItIsCutOff() throws {
        let folder = try CLI.temporaryDirectory()
        let path = try CLI.write("{\"participants\": [{\"name\": \"Ana\"}], \"messages\": [{\"sender_name\": ", to: folder, "message_1.json")
        let run = try CLI.run(["analyze", path, "--format", "messenger"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("cut off"), "\(run.stderr)")
    }

    @Test func unwritableHTMLFolderIsRefusedBeforeReading() throws {
        let run = try CLI.run(["analyze", "chat.txt", "--html", "/nonexistent-folder/report.html"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("does not exist"))
    }

    @Test func betweenNeedsTwoNamesThatExist() throws {
        let folder = try CLI.temporaryDirectory()
        let path = try CLI.write(Self.chat, to: folder, "chat.txt")
        #expect(throws: (any Error).self) { try Analyze.parse([path, "--between", "Ana"]) }
        let run = try CLI.run(["analyze", path, "--between", "Ana", "Zoe"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("No participant is called 'Zoe'"))
        let narrowed = try CLI.run(["analyze", path, "--between", "ana", "leo", "--json"])
        #expect(try CLI.json(narrowed.stdout)["messages"] as? Int == 7)
    }
}
