import Foundation

/// Adds up messages and signals per person for consecutive periods (weeks or months) as
/// messages arrive in time order.
struct PeriodAccumulator {
    /// One finished or running period.
    struct Bucket {
        var key: Int
        var messages: [Int]
        var unread: [Int]
        /// `people × labels` counts.
        var labels: [Int]
    }

    let people: Int
    let labelCount = SignalLabel.allCases.count
    private(set) var buckets: [Bucket] = []

    init(people: Int) { self.people = people }

    /// Counts one message in the period `key` (keys must not decrease).
    mutating func add(key: Int, person: Int, marks: MessageMarks) {
        if buckets.last?.key != key {
            buckets.append(Bucket(
                key: key, messages: Array(repeating: 0, count: people), unread: Array(repeating: 0, count: people),
                labels: Array(repeating: 0, count: people * labelCount)))
        }
        let last = buckets.count - 1
        buckets[last].messages[person] += 1
        if marks.has(flag: MessageMarks.unread) { buckets[last].unread[person] += 1 }
        var bits = marks.labels
        while bits != 0 {
            let label = bits.trailingZeroBitCount
            buckets[last].labels[person * labelCount + label] += 1
            bits &= bits - 1
        }
    }

    /// The summaries, naming each period and its start with the given functions.
    func summaries(names: [String], period: (Int) -> String, startDay: (Int) -> Int) -> [PeriodSummary] {
        buckets.map { bucket in
            var coupleLabels = Array(repeating: 0, count: labelCount)
            var people: [PeriodPerson] = []
            for (p, name) in names.enumerated() {
                let labels = Array(bucket.labels[(p * labelCount)..<((p + 1) * labelCount)])
                for l in 0..<labelCount { coupleLabels[l] += labels[l] }
                people.append(PeriodPerson(name: name, counts: SignalCounts(
                    messages: bucket.messages[p], unreadMessages: bucket.unread[p], labelCounts: labels, keepZeros: false)))
            }
            let couple = SignalCounts(
                messages: bucket.messages.reduce(0, +), unreadMessages: bucket.unread.reduce(0, +),
                labelCounts: coupleLabels, keepZeros: false)
            return PeriodSummary(
                period: period(bucket.key), start: Date(timeIntervalSince1970: Double(startDay(bucket.key)) * 86_400),
                couple: couple, people: people)
        }
    }
}
