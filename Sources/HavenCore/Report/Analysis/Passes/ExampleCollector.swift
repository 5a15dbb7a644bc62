import Foundation

/// Keeps the few highest-scoring findings per person and label while messages stream past.
struct ExampleCollector: Sendable {
    /// A finding and the message it came from.
    struct Candidate: Sendable {
        var messageIndex: Int
        var finding: Finding
    }

    let people: Int
    let limit: Int
    private(set) var slots: [[Candidate]]

    init(people: Int, limit: Int) {
        self.people = people
        self.limit = limit
        slots = Array(repeating: [], count: people * SignalLabel.allCases.count)
    }

    /// Offers a finding; it is kept when it beats the weakest kept one for its person and label.
    mutating func offer(_ finding: Finding, label: Int, person: Int, messageIndex: Int) {
        guard limit > 0 else { return }
        let slot = person * SignalLabel.allCases.count + label
        if slots[slot].count >= limit, let weakest = slots[slot].last, !Self.ranksBefore(finding.score, messageIndex, weakest) {
            return
        }
        slots[slot].append(Candidate(messageIndex: messageIndex, finding: finding))
        slots[slot].sort { Self.ranksBefore($0.finding.score, $0.messageIndex, $1) }
        if slots[slot].count > limit { slots[slot].removeLast() }
    }

    /// Adds another collector's candidates (from another chunk of the same conversation).
    mutating func merge(_ other: ExampleCollector) {
        for (slot, candidates) in other.slots.enumerated() where !candidates.isEmpty {
            slots[slot] += candidates
            slots[slot].sort { Self.ranksBefore($0.finding.score, $0.messageIndex, $1) }
            if slots[slot].count > limit { slots[slot].removeLast(slots[slot].count - limit) }
        }
    }

    /// Higher score first; among equal scores, the earlier message.
    private static func ranksBefore(_ score: Double, _ index: Int, _ other: Candidate) -> Bool {
        score != other.finding.score ? score > other.finding.score : index < other.messageIndex
    }
}
