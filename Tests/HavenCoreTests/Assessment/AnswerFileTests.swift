import Foundation
import Testing
@testable import HavenCore

@Suite struct AnswerFileTests {
    @Test func readsNumbersAndNulls() throws {
        #expect(try AnswerFile.parse(Data("[4, null, 7, 1.0]".utf8)) == [4, nil, 7, 1])
    }

    @Test(arguments: [
        ("[4, \"seven\", 2]", AnswerFileError.invalidEntry(file: "a.json", item: 2, found: "the text \"seven\"")),
        ("[4, 2, 3.5]", AnswerFileError.invalidEntry(file: "a.json", item: 3, found: "3.5, not a whole number")),
        ("[true]", AnswerFileError.invalidEntry(file: "a.json", item: 1, found: "true")),
        ("[1, [2]]", AnswerFileError.invalidEntry(file: "a.json", item: 2, found: "a nested list or object")),
        ("{\"answers\": [1]}", AnswerFileError.notAnArray(file: "a.json")),
    ])
    func badEntriesSayWhatAndWhere(text: String, expected: AnswerFileError) {
        #expect(throws: expected) { try AnswerFile.parse(Data(text.utf8), file: "a.json") }
    }

    @Test func malformedJSONIsReported() {
        do {
            _ = try AnswerFile.parse(Data("[4, 2,".utf8), file: "a.json")
            Issue.record("expected an error")
        } catch {
            guard case .notJSON(let file, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(file == "a.json")
            #expect(error.description.contains("not valid JSON"))
        }
    }

    @Test func missingFileIsReported() {
        let url = URL(fileURLWithPath: "/nonexistent/answers.json")
        #expect(throws: AnswerFileError.unreadable(file: url.path, reason: "no such file")) { try AnswerFile.read(url) }
    }
}
