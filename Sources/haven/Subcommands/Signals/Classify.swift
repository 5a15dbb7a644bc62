import ArgumentParser
import Foundation
import HavenCore

/// `haven classify`: JSON Lines in, one JSON line out per input line, in the same order.
struct Classify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Label messages in bulk: JSON Lines in, JSON Lines out.",
        discussion: """
        Each input line: {"id": "…", "text": "…", "speaker": "…", "context": [{"speaker": "…", "text": "…"}]}
        (speaker and context optional, context oldest first). Each output line: {"id", "labels",
        "scores", "findings", "language", "safety"}. A malformed line stops the run with
        `line N: <problem>` on stderr and exit status 1, unless --keep-going.
        """)

    @Option(name: .long, help: "JSON Lines input file (default: standard input).")
    var input: String?

    @Option(name: .long, help: "Output file (default: standard output). Written in full, then moved into place.")
    var output: String?

    @Flag(name: .long, help: "Write {\"id\", \"error\"} for a malformed line and go on.")
    var keepGoing = false

    func run() throws {
        let engine = try loadEngine()
        let screener = MessageScreener()
        var source = try JSONLinesInput(path: input)
        let sink = try OutputSink(path: output)
        var completed = false
        defer { if !completed { sink.abandon() } }
        var failed = false
        var summaries = TurnSummaryCache()
        while let (line, record) = source.next() {
            switch record {
            case let .success(item):
                let context = item.context.suffix(3).map { summaries.summary(of: $0, engine: engine) }
                let result = engine.analyze(item.text, speaker: item.speaker, contextSummaries: context)
                sink.writeLine(bytes: ClassificationRecord.jsonBytes(id: item.id, result: result, safety: screener.concerns(in: item.text)).bytes)
            case let .failure(error):
                reportBadLine(line, error)
                if keepGoing {
                    sink.writeLine(ClassificationRecord.errorJSON(id: nil, message: "line \(line): \(error.description)"))
                } else {
                    failed = true
                }
            }
            if failed { break }
        }
        try sink.close()
        completed = true
        if failed { throw ExitCode.failure }
    }
}
