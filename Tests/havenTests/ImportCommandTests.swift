import Foundation
import HavenCore
import Testing
@testable import haven

/// `haven import`: argument parsing and the versioned JSON summary.
@Suite("Import: haven import command")
struct ImportCommandTests {
    @Test func summaryJSONIsVersionedAndCountsPerPerson() throws {
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let conversation = Conversation(
            format: .whatsapp,
            messages: [
                ChatMessage(timestamp: start, sender: "Ana", text: "hi"),
                ChatMessage(timestamp: start.addingTimeInterval(60), sender: "Leo", text: "hey"),
                ChatMessage(timestamp: start.addingTimeInterval(120), sender: "Ana", text: "ok"),
            ],
            events: [ChatEvent(timestamp: start, kind: .encryptionNotice, rawText: "notice")],
            unparsedLines: [UnparsedLine(line: 1, text: "stray")])
        let json = ImportSummary(conversation).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["format"] as? String == "whatsapp")
        #expect(object["messages"] as? Int == 3)
        #expect(object["events"] as? Int == 1)
        #expect(object["unparsedLines"] as? Int == 1)
        #expect(object["unparsedLineNumbers"] as? [Int] == [1])
        let people = try #require(object["participants"] as? [[String: Any]])
        #expect(people.map { $0["name"] as? String } == ["Ana", "Leo"])
        #expect(people.map { $0["messages"] as? Int } == [2, 1])
    }

    @Test("The text summary says where the unparsed lines are", arguments: [
        ([4], " (line 4)"),
        ([4, 7, 9], " (lines 4, 7 and 9)"),
        (Array(1...12), " (lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 2 more)"),
    ])
    func unparsedLinesAreLocated(lines: [Int], expected: String) {
        let conversation = Conversation(
            format: .whatsapp, messages: [ChatMessage(timestamp: Date(timeIntervalSince1970: 0), sender: "Ana", text: "hi")],
            unparsedLines: lines.map { UnparsedLine(line: $0, text: "stray") })
        let text = ImportSummary(conversation).text(colour: false)
        #expect(text.contains("Unparsed lines \(lines.count)\(expected)\n"), "\(text)")
    }

    @Test func parsesFormatDateOrderAndBetween() throws {
        let command = try ImportCommand.parse(["chat.txt", "--format", "whatsapp", "--date-order", "monthFirst", "--between", "Ana", "Leo"])
        #expect(command.chat.format == .whatsapp)
        #expect(command.chat.dateOrder == .monthFirst)
        #expect(command.chat.between == ["Ana", "Leo"])
    }

    @Test func rejectsOneNameForBetweenAndUnknownFormats() {
        #expect(throws: (any Error).self) { try ImportCommand.parse(["chat.txt", "--between", "Ana"]) }
        #expect(throws: (any Error).self) { try ImportCommand.parse(["chat.txt", "--format", "myspace"]) }
    }
}
