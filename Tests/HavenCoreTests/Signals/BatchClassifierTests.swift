import Foundation
import Testing
@testable import HavenCore

@Suite("BatchClassifier: parallel classify keeps order and gives the same records as one thread")
struct BatchClassifierTests {
    let engine = try! SignalEngine.standard()

    /// A conversation of `count` lines, each with the three turns before it as context, and a
    /// malformed line at every index in `broken`.
    private func lines(_ count: Int, broken: Set<Int> = []) -> [Data] {
        let turns = [
            ("a", "you never listen to me, what is wrong with you"),
            ("b", "well you always interrupt me first"),
            ("a", "whatever. I don't want to talk about it"),
            ("b", "I'm sorry, you're right, I should have called"),
            ("a", "can we talk about the dishes tonight? I feel tired when they pile up"),
            ("b", "ok"),
        ]
        return (0..<count).map { index in
            if broken.contains(index) { return Data("{\"id\": \"\(index)\", \"text\": 7}".utf8) }
            let (speaker, text) = turns[index % turns.count]
            let context = (max(0, index - 3)..<index).map { earlier in
                let (who, said) = turns[earlier % turns.count]
                return "{\"speaker\":\"\(who)\",\"text\":\"\(said) #\(earlier)\"}"
            }
            return Data("{\"id\":\"m\(index)\",\"speaker\":\"\(speaker)\",\"text\":\"\(text) #\(index)\",\"context\":[\(context.joined(separator: ","))]}".utf8)
        }
    }

    private func text(_ output: Result<[UInt8], InputLineError>) -> String {
        switch output {
        case let .success(bytes): String(decoding: bytes, as: UTF8.self)
        case let .failure(error): "error: \(error.description)"
        }
    }

    @Test("Four threads give the same records, in the same order, as one")
    func sameAsOneThread() {
        let batch = lines(203, broken: [0, 57, 202])
        let one = BatchClassifier(engine: engine, threads: 1).classify(batch).map(text)
        let four = BatchClassifier(engine: engine, threads: 4).classify(batch).map(text)
        #expect(one.count == 203)
        #expect(four == one)
        #expect(one[1].hasPrefix("{\"id\":\"m1\""))
        #expect(four[202] == "error: field \"text\" must be a string")
        #expect(four[200].hasPrefix("{\"id\":\"m200\""))
    }

    @Test("A batch shorter than the runs (three lines, eight threads) gives the one-thread records")
    func fewerLinesThanRuns() {
        let batch = lines(3)
        let one = BatchClassifier(engine: engine, threads: 1).classify(batch).map(text)
        #expect(BatchClassifier(engine: engine, threads: 8).classify(batch).map(text) == one)
        #expect(one.map { $0.hasPrefix("{\"id\":\"m") } == [true, true, true])
    }

    @Test("A malformed line gets its own error and leaves its neighbours labelled")
    func malformedLineInPlace() {
        let outputs = BatchClassifier(engine: engine, threads: 2).classify(lines(12, broken: [5]))
        #expect(throws: InputLineError.wrongType(field: "text", expected: "a string")) { try outputs[5].get() }
        #expect(text(outputs[4]).hasPrefix("{\"id\":\"m4\""))
        #expect(text(outputs[6]).hasPrefix("{\"id\":\"m6\""))
    }

    @Test("Each record is what the engine finds for that line with its context")
    func recordMatchesEngine() throws {
        let line = Data(#"{"id":"x","speaker":"b","text":"well you always interrupt me first","context":[{"speaker":"a","text":"you never listen to me"}]}"#.utf8)
        let record = text(BatchClassifier(engine: engine, threads: 2).classify([line, line])[1])
        let direct = engine.analyze("well you always interrupt me first", speaker: "b",
                                    context: [Turn(speaker: "a", text: "you never listen to me")])
        let expected = String(decoding: ClassificationRecord.jsonBytes(id: "x", result: direct, safety: []).bytes, as: UTF8.self)
        #expect(record == expected)
    }

    @Test("The \"safety\" field carries the screener's raw concern names")
    func safetyField() throws {
        let lines = [Data(#"{"id":"s","text":"he hit me and I want to die"}"#.utf8),
                     Data(#"{"id":"t","text":"this traffic is killing me"}"#.utf8)]
        let records = try BatchClassifier(engine: engine, threads: 1).classify(lines).map { output -> [String] in
            let object = try JSONSerialization.jsonObject(with: Data(try output.get())) as? [String: Any]
            return object?["safety"] as? [String] ?? ["missing"]
        }
        #expect(records == [["self-harm", "violence"], []])
    }

    @Test("An empty batch gives no records; fewer threads than asked is fine")
    func emptyAndTiny() {
        #expect(BatchClassifier(engine: engine, threads: 8).classify([]).isEmpty)
        #expect(BatchClassifier(engine: engine, threads: 0).threads == 1)
        #expect(BatchClassifier(engine: engine, threads: .max).threads == BatchClassifier.maximumThreads)
        let single = lines(1)
        #expect(BatchClassifier(engine: engine, threads: 8).classify(single).map(text)
                == BatchClassifier(engine: engine, threads: 1).classify(single).map(text))
    }
}
