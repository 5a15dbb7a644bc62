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
        `line N: <problem>` on stderr and exit status 1, unless --keep-going; an --output file is
        then left as it was.
        """)

    @Option(name: .long, help: "JSON Lines input file (default: standard input).")
    var input: String?

    @Option(name: .long, help: "Output file (default: standard output). Written in full, then moved into place.")
    var output: String?

    @Flag(name: .long, help: "Write {\"id\", \"error\"} for a malformed line and go on.")
    var keepGoing = false

    @Option(name: .long, help: "How many threads label the lines, 1 to \(BatchClassifier.maximumThreads); the default is one per processor core. The output is the same for any number.")
    var threads = min(ProcessInfo.processInfo.activeProcessorCount, BatchClassifier.maximumThreads)

    func validate() throws {
        guard (1...BatchClassifier.maximumThreads).contains(threads) else {
            throw ValidationError("--threads must be between 1 and \(BatchClassifier.maximumThreads) (got \(threads)).")
        }
    }

    /// Lines read, labelled and written at a time: enough to keep every thread busy, few enough
    /// that memory does not grow with the input.
    static let batchLines = 4096
    /// A batch also ends once its lines hold this many bytes (a few very long messages).
    static let batchBytes = 8 << 20

    func run() throws {
        // The safety phrase table loads on another core while the engine compiles its rules.
        let (screener, engine) = try concurrently({ SafetyScreener.shared }, loadEngine)
        let classifier = BatchClassifier(engine: engine, screener: screener, threads: threads)
        var source = try JSONLinesInput(path: input)
        let sink = try OutputSink(path: output)
        var completed = false
        defer { if !completed { sink.abandon() } }
        var failed = false
        while !failed {
            let batch = source.nextBatch(maxLines: Self.batchLines, maxBytes: Self.batchBytes)
            if batch.lines.isEmpty { break }
            for (index, output) in classifier.classify(batch.lines).enumerated() {
                let line = batch.numbers[index]
                switch output {
                case let .success(bytes):
                    sink.writeLine(bytes: bytes)
                case let .failure(error):
                    reportBadLine(line, error)
                    if keepGoing {
                        sink.writeLine(ClassificationRecord.errorJSON(
                            id: ClassificationInput.readableID(in: batch.lines[index]), message: "line \(line): \(error.description)"))
                    } else {
                        failed = true
                    }
                }
                if failed { break }
            }
        }
        if !failed { try source.checkReadWhole() }
        if failed, let output, sink.appearsWhenComplete {
            // A file holding the lines before the bad one would look like a finished run: leave
            // the path as it was. Standard output, a device or a pipe has had them already.
            writeToStandardError("\(output) was left as it was: fix that line, or use --keep-going to mark it and go on\n")
            throw ExitCode.failure
        }
        try sink.close()
        completed = true
        if failed { throw ExitCode.failure }
    }
}
