/// Remembers the summaries of recent turns, so a stream of messages whose contexts overlap
/// (each line of a dialogue carries the few turns before it) summarises each turn once.
///
/// Bounded: when full it starts over, so memory stays constant however long the stream.
public struct TurnSummaryCache {
    private var entries: [Turn: TurnSummary] = [:]
    private let capacity: Int

    /// Creates a cache holding up to `capacity` turns.
    public init(capacity: Int = 512) {
        self.capacity = capacity
        entries.reserveCapacity(capacity)
    }

    /// The summary of a turn, computed by the engine the first time it is seen.
    ///
    /// - Parameters:
    ///   - turn: an earlier turn.
    ///   - engine: the engine that summarises it.
    /// - Returns: its summary.
    public mutating func summary(of turn: Turn, engine: SignalEngine) -> TurnSummary {
        if let known = entries[turn] { return known }
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        let summary = engine.summarize(turn)
        entries[turn] = summary
        return summary
    }
}
