import Foundation
import Testing
@testable import HavenCore

@Suite("JSON Lines input and output")
struct ClassificationIOTests {
    func parse(_ line: String) -> Result<ClassificationInput, InputLineError> {
        Result { () throws(InputLineError) in try ClassificationInput.parse(Data(line.utf8)) }
    }

    @Test("A full line parses")
    func fullLine() throws {
        let input = try parse(#"{"id":"7","text":"hi \u00e9\n","speaker":"A","context":[{"speaker":"B","text":"yo"}],"labels":["repair"]}"#).get()
        #expect(input.id == "7")
        #expect(input.text == "hi é\n")
        #expect(input.context == [Turn(speaker: "B", text: "yo")])
        #expect(input.labels == ["repair"])
    }

    @Test("A bad line's id is read when the line is an object with a string id", arguments: [
        (#"{"id":"9","text":5}"#, "9"),
        (#"{"id":"a\"b","context":"no"}"#, "a\"b"),
        (#"{"text":"x"}"#, nil),
        (#"{"id":3,"text":"x"}"#, nil),
        (#"[{"id":"1"}]"#, nil),
        (#"{"id":"1","text":"x""#, nil),
    ] as [(String, String?)])
    func readableID(line: String, expected: String?) {
        #expect(ClassificationInput.readableID(in: Data(line.utf8)) == expected)
    }

    @Test("A line that is not UTF-8 has no readable id")
    func readableIDInvalidUTF8() {
        #expect(ClassificationInput.readableID(in: Data([0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D])) == nil)
    }

    @Test("Each malformed line names its problem", arguments: [
        (#"{"id":"1"}"#, InputLineError.missingField("text")),
        (#"{"text":"x"}"#, .missingField("id")),
        (#"{"id":1,"text":"x"}"#, .wrongType(field: "id", expected: "a string")),
        (#"{"id":"1","text":5}"#, .wrongType(field: "text", expected: "a string")),
        (#"{"id":"1","text":"x","context":"no"}"#, .wrongType(field: "context", expected: "an array of {speaker, text} objects")),
        (#"[1,2]"#, .notAnObject),
    ])
    func malformed(line: String, expected: InputLineError) {
        guard case let .failure(error) = parse(line) else { Issue.record("parsed \(line)"); return }
        #expect(error == expected)
    }

    @Test("Broken JSON reports the column", arguments: [#"{"id":"1","text":"x""#, #"{"id":"1" "text":"x"}"#, #"{"id":"1","text":"x"} trailing"#, "{'id':'1'}"])
    func brokenJSON(line: String) {
        guard case let .failure(error) = parse(line), case let .malformedJSON(detail) = error else { Issue.record("parsed \(line)"); return }
        #expect(detail.contains("column"))
    }

    @Test("Invalid UTF-8 is an error, not a crash")
    func invalidUTF8() {
        let bytes = Data([0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0x22, 0x7D])
        let result = Result { () throws(InputLineError) in try ClassificationInput.parse(bytes) }
        guard case let .failure(error) = result else { Issue.record("parsed invalid UTF-8"); return }
        #expect(error == .invalidUTF8)
    }

    @Test("Output is valid JSON with every field, and escapes control characters")
    func output() throws {
        let engine = try SignalEngine.standard()
        let text = "you never listen\u{1}\"quoted\"\u{2028}"
        let json = ClassificationRecord.json(id: "a\"b", result: engine.analyze(text), safety: ["violence"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "a\"b")
        #expect((object["labels"] as? [String])?.contains("criticism") == true)
        #expect((object["scores"] as? [String: Any])?.count == SignalLabel.allCases.count)
        #expect(object["safety"] as? [String] == ["violence"])
        #expect(object["language"] as? String == "en")
        #expect(!json.contains("\u{1}"))
    }

    @Test("Numbers keep three decimals at most")
    func numbers() {
        var w = JSONWriter()
        w.number(0.12345); w.raw(","); w.number(1.0); w.raw(","); w.number(0.5); w.raw(","); w.number(-2.25)
        #expect(w.output == "0.123,1,0.5,-2.25")
    }
}
