import Foundation

/// Runs the signal engine over every message of a conversation, in parallel chunks, keeping only
/// a few bytes per message (``MessageMarks``) and the strongest examples.
///
/// Each chunk summarises the three messages before it for context, so the result is the same as
/// one pass from start to end, whatever the number of threads.
struct SignalPass: Sendable {
    let engine: SignalEngine
    let examplesPerLabel: Int
    let chunkSize: Int

    struct Output: Sendable {
        var marks: [MessageMarks]
        var examples: ExampleCollector
    }

    func run(
        _ messages: [ChatMessage], people: [Int32], peopleCount: Int,
        progress: (@Sendable (Double) -> Void)?
    ) -> Output {
        let n = messages.count
        var marks = [MessageMarks](repeating: MessageMarks(), count: n)
        let chunks = (n + chunkSize - 1) / chunkSize
        let shared = SharedState(chunks: chunks)
        marks.withUnsafeMutableBufferPointer { buffer in
            let target = MarksBuffer(base: buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let range = (chunk * chunkSize)..<min(n, (chunk + 1) * chunkSize)
                var collector = ExampleCollector(people: peopleCount, limit: examplesPerLabel)
                analyze(range, messages: messages, people: people, into: target, examples: &collector)
                let done = shared.finish(chunk: chunk, collector: collector, messages: range.count)
                progress?(Double(done) / Double(max(1, n)))
            }
        }
        var examples = ExampleCollector(people: peopleCount, limit: examplesPerLabel)
        for collector in shared.collectors { if let collector { examples.merge(collector) } }
        return Output(marks: marks, examples: examples)
    }

    private func analyze(
        _ range: Range<Int>, messages: [ChatMessage], people: [Int32], into target: MarksBuffer,
        examples: inout ExampleCollector
    ) {
        var context: [TurnSummary] = []
        for index in max(0, range.lowerBound - 3)..<range.lowerBound {
            context.append(engine.summarize(Turn(speaker: messages[index].sender, text: messages[index].text)))
        }
        for index in range {
            let message = messages[index]
            let (result, summary) = engine.analyzeAndSummarize(message.text, speaker: message.sender, contextSummaries: context)
            var mark = MessageMarks()
            if summary.isComplaint { mark.flags |= MessageMarks.complaint }
            if summary.isQuestion { mark.flags |= MessageMarks.question }
            if summary.isTense { mark.flags |= MessageMarks.tense }
            if !result.isSupported { mark.flags |= MessageMarks.unread }
            for finding in result.findings {
                let label = MessageMarks.labelIndex[finding.label] ?? 0
                mark.labels |= 1 << UInt16(label)
                examples.offer(finding, label: label, person: Int(people[index]), messageIndex: index)
            }
            let pronouns = PronounCounter.count(message.text)
            mark.weWords = UInt8(min(255, pronouns.we))
            mark.youWords = UInt8(min(255, pronouns.you))
            target.base?[index] = mark
            if context.count == 3 { context.removeFirst() }
            context.append(summary)
        }
    }
}

/// The marks array's storage, written by chunks that never overlap.
private struct MarksBuffer: @unchecked Sendable {
    let base: UnsafeMutablePointer<MessageMarks>?
}

/// Per-chunk results and the progress count, guarded by a lock.
private final class SharedState: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var collectors: [ExampleCollector?]
    private var done = 0

    init(chunks: Int) { collectors = Array(repeating: nil, count: chunks) }

    func finish(chunk: Int, collector: ExampleCollector, messages: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        collectors[chunk] = collector
        done += messages
        return done
    }
}
