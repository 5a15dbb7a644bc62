import Foundation

/// Turns `haven classify` input lines into output records a batch at a time, on several threads.
///
/// Each line is parsed, analysed with the turns before it, screened for safety and written as
/// its JSON output record. A batch is cut into contiguous runs of lines (four per thread, so a
/// thread that finishes early takes another), at most ``threads`` threads work through them, and
/// the records come back in input order, so the output is the same whatever the number of threads.
public struct BatchClassifier: Sendable {
    /// The engine that labels each message.
    public let engine: SignalEngine
    /// The screener that flags safety concerns in each message.
    public let screener: SafetyScreener
    /// The most threads that work on a batch at once.
    public let threads: Int

    /// Creates a classifier.
    ///
    /// - Parameters:
    ///   - engine: the signal engine.
    ///   - screener: the safety screener (Haven's bundled one by default).
    ///   - threads: how many threads share a batch; 1 runs on the caller's thread. Values under 1
    ///     count as 1, values over ``maximumThreads`` as that.
    public init(engine: SignalEngine, screener: SafetyScreener = .shared,
                threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.engine = engine
        self.screener = screener
        self.threads = min(max(1, threads), BatchClassifier.maximumThreads)
    }

    /// The most threads a batch is shared by.
    public static let maximumThreads = 256

    /// Classifies a batch of input lines.
    ///
    /// - Parameter lines: JSON Lines records, each without its newline.
    /// - Returns: for each line in order, its output record's UTF-8 bytes (no newline) or what is
    ///   wrong with it.
    public func classify(_ lines: [Data]) -> [Result<[UInt8], InputLineError>] {
        let runs = min(lines.count, threads * 4)
        let workers = min(threads, runs)
        guard workers > 1 else {
            var summaries = TurnSummaryCache()
            return lines.map { classify(line: $0, summaries: &summaries) }
        }
        var outputs = [Result<[UInt8], InputLineError>](repeating: .success([]), count: lines.count)
        outputs.withUnsafeMutableBufferPointer { buffer in
            let target = OutputSlots(base: buffer.baseAddress!)
            // Worker w takes runs w, w + workers, w + 2 × workers, …: never more than `threads`
            // threads, whatever the number of cores.
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for run in stride(from: worker, to: runs, by: workers) {
                    var summaries = TurnSummaryCache()
                    for index in (lines.count * run / runs)..<(lines.count * (run + 1) / runs) {
                        target.base[index] = classify(line: lines[index], summaries: &summaries)
                    }
                }
            }
        }
        return outputs
    }

    /// Classifies one input line.
    ///
    /// - Parameters:
    ///   - line: a JSON Lines record without its newline.
    ///   - summaries: summaries of turns already read, shared with the lines around it.
    /// - Returns: the output record's UTF-8 bytes, or what is wrong with the line.
    public func classify(line: Data, summaries: inout TurnSummaryCache) -> Result<[UInt8], InputLineError> {
        let item: ClassificationInput
        do {
            item = try ClassificationInput.parse(line)
        } catch {
            return .failure(error)
        }
        let context = item.context.suffix(3).map { summaries.summary(of: $0, engine: engine) }
        let result = engine.analyze(item.text, speaker: item.speaker, contextSummaries: context)
        let safety = screener.screen(item.text).concerns.map(\.rawValue)
        return .success(ClassificationRecord.jsonBytes(id: item.id, result: result, safety: safety).bytes)
    }
}

/// The batch's output array, written by several threads at disjoint indices.
private struct OutputSlots: @unchecked Sendable {
    let base: UnsafeMutablePointer<Result<[UInt8], InputLineError>>
}
