import Foundation
import Testing

/// Inputs and outputs that are not what a command expects: a folder given as a file, UTF-16 on
/// standard input, a full disk behind standard output, and a chat export given as a history.
/// Each gets a clear error or is read correctly; none crashes or damages a file.
@Suite("Bad inputs and outputs across commands", .serialized)
struct BadInputCommandTests {
    private static let chat = "12/01/2024, 09:00 - Ana: you never listen to me\n12/01/2024, 09:01 - Leo: whatever\n"

    @Test("A folder given where a file is expected is named as a folder", arguments: [
        ["check", "--context-file", "FOLDER", "hi"],
        ["classify", "--input", "FOLDER"],
        ["eval", "FOLDER"],
    ])
    func folderInsteadOfFile(arguments: [String]) throws {
        let dir = try CLI.temporaryDirectory()
        let run = try CLI.run(arguments.map { $0 == "FOLDER" ? dir.path : $0 })
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(dir.path) is a folder"), "\(run.stderr)")
    }

    private static let cry = "I want to kill myself tonight\n"
    private static func littleEndian(_ text: String) -> Data { Data(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) }
    private static func bigEndian(_ text: String) -> Data { Data(text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }) }

    @Test("UTF-16 on standard input is read as text, so the safety screen still sees it", arguments: [
        Data([0xFF, 0xFE]) + littleEndian(cry),
        littleEndian(cry),
        Data([0xFE, 0xFF]) + bigEndian(cry),
        // A lone surrogate and an odd last byte do not send it down the UTF-8 path.
        Data([0xFF, 0xFE]) + littleEndian(cry) + Data([0x00, 0xD8, 0x41]),
    ])
    func utf16StandardInput(input: Data) throws {
        let screen = try CLI.run(["screen", "--json"], input: input)
        #expect(screen.status == 0)
        #expect(screen.stdout.contains("self-harm"), "\(screen.stdout)")
        let check = try CLI.run(["check", "--json"], input: input)
        #expect(check.stdout.contains("self-harm"), "\(check.stdout)")
    }

    @Test("A full disk behind standard output is an error, not a crash or a silent success",
          .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")),
          arguments: [["analyze", "--json", "CHAT"], ["analyze", "CHAT"], ["import", "CHAT"], ["check", "you never listen"]])
    func fullStandardOutput(arguments: [String]) throws {
        let dir = try CLI.temporaryDirectory()
        let chat = try CLI.write(Self.chat, to: dir, "chat.txt")
        let run = try CLI.run(arguments.map { $0 == "CHAT" ? chat : $0 }, stdoutFile: "/dev/full")
        #expect(run.status == 1)
        #expect(run.stderr.contains("writing standard output failed"), "\(run.stderr)")
    }

    @Test("assess refuses to append to a file that holds no assessment result, and leaves it as it was")
    func historyThatIsAChatExport() throws {
        let dir = try CLI.temporaryDirectory()
        let answers = try CLI.write("[5,4,4,3]", to: dir, "csi.json")
        let chat = try CLI.write(Self.chat, to: dir, "chat.txt")
        let run = try CLI.run(["assess", "csi-4", "--answers", answers, "--history", chat])
        #expect(run.status == 1)
        #expect(run.stderr.contains("none of its 2 lines is an assessment result"), "\(run.stderr)")
        #expect(try String(contentsOfFile: chat, encoding: .utf8) == Self.chat)
        let plan = try CLI.run(["plan", "--history", chat])
        #expect(plan.status == 1)
        #expect(plan.stderr.contains("none of its 2 lines"), "\(plan.stderr)")
    }

    @Test("eval of a file with no labelled line says nothing was measured", arguments: ["", "{\"id\":\"1\",\"text\":\"hi\"}\n"])
    func evalWithNothingToScore(content: String) throws {
        let dir = try CLI.temporaryDirectory()
        let file = try CLI.write(content, to: dir, "empty.jsonl")
        let run = try CLI.run(["eval", file])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no labelled line to score"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test("check shows the user's own places to turn to, and Haven's own when that file is broken")
    func checkUsesTheUserSupportFile() throws {
        let dir = try CLI.temporaryDirectory()
        let own = try CLI.write(#"""
            {"defaultRegion": "NZ",
             "regions": [{"code": "NZ", "name": "New Zealand", "countries": ["NZ"], "emergency": "111",
               "resources": [{"name": "Our own line", "contact": "call 0000", "concerns": ["self-harm", "violence"]}]}]}
            """#, to: dir, "support.json")
        let message = "I want to kill myself tonight"
        let withOwn = try CLI.run(["check", message], environment: ["HAVEN_SUPPORT_RESOURCES": own, "LANG": "en_NZ.UTF-8", "LC_ALL": ""])
        #expect(withOwn.status == 0)
        #expect(withOwn.stdout.contains("Our own line"), "\(withOwn.stdout)")
        let broken = try CLI.write("{ not json", to: dir, "broken.json")
        let withBroken = try CLI.run(["check", message], environment: ["HAVEN_SUPPORT_RESOURCES": broken])
        #expect(withBroken.status == 0)
        #expect(withBroken.stderr.contains("not valid JSON"), "\(withBroken.stderr)")
        #expect(withBroken.stdout.contains("Support ("), "Haven's own list is still shown: \(withBroken.stdout)")
    }

    @Test("analyze --redact leaves no name of a large group behind, also of the people counted together")
    func redactLargeGroup() throws {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let names = (0..<55).map { (k: Int) -> String in
            let first = String(letters[k / 26]).uppercased(), second = String(letters[k % 26])
            return "Mx " + first + second + "ler"
        }
        var lines: [String] = []
        var minute = 0
        func say(_ name: String, _ text: String) {
            lines.append("12/01/2024, \(String(format: "%02d:%02d", 8 + minute / 60, minute % 60)) - \(name): \(text)")
            minute += 1
        }
        for (k, name) in names.enumerated() { for _ in 0..<(k < 5 ? 1 : 3) { say(name, "see you at six") } }
        say(names[10], "\(names[0]), you never help with anything and you always forget")
        let dir = try CLI.temporaryDirectory()
        let chat = try CLI.write(lines.joined(separator: "\n") + "\n", to: dir, "group.txt")
        let run = try CLI.run(["analyze", "--redact", "--json", chat])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Everyone else (5 people)"))
        #expect(run.stdout.contains("you never help"), "the message must be quoted for this test to mean anything")
        for name in names { #expect(!run.stdout.contains(name), "\(name) left in the redacted report") }
    }
}
