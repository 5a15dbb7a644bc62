/// One compiled phrase pattern: a short sequence of slots matched against word ids.
struct SafetyPattern: Sendable {
    /// One position in a pattern.
    struct Slot: Sendable {
        enum Kind: UInt8, Sendable {
            /// Exactly one word from the slot's set.
            case word
            /// One word from the set, or nothing.
            case optional
            /// Any zero to `maxGap` words.
            case gap
            /// The end of a clause: the end of the text, or punctuation after the previous word.
            case end
        }

        var kind: Kind
        /// Index of the slot's word set in ``SafetyWordSets``; unused for gaps and ends.
        var set: Int
        /// The most words a gap may skip.
        var maxGap: Int
    }

    var slots: [Slot]
    /// The concern the pattern signals, or `nil` for an idiom that cancels overlapping matches.
    var concern: SafetyConcern?
    /// Whether a negator shortly before the match cancels it.
    var checksNegation: Bool
    /// Whether an overlapping idiom cancels it.
    var checksIdioms: Bool
    /// The pattern as written in the phrase table, for diagnostics.
    var source: String
}

/// Word sets stored as bitsets over vocabulary ids, one fixed-width row per set.
struct SafetyWordSets: Sendable {
    private(set) var bits: [UInt64] = []
    private(set) var width = 0
    private(set) var count = 0

    /// Creates storage for sets over `vocabularySize` ids.
    init(vocabularySize: Int) {
        width = (vocabularySize + 63) / 64
    }

    /// Adds a set holding `ids` and returns its index.
    mutating func add(_ ids: [Int32]) -> Int {
        var row = [UInt64](repeating: 0, count: width)
        for id in ids { row[Int(id) >> 6] |= 1 << UInt64(id & 63) }
        bits.append(contentsOf: row)
        count += 1
        return count - 1
    }

    /// Whether set `set` holds word id `id`.
    @inline(__always)
    func contains(_ set: Int, _ id: Int32) -> Bool {
        id != 0 && bits[set &* width &+ Int(id >> 6)] & (1 << UInt64(id & 63)) != 0
    }

    /// The ids in set `set`.
    func members(_ set: Int) -> [Int32] {
        var ids: [Int32] = []
        for w in 0..<width {
            var word = bits[set * width + w]
            while word != 0 {
                let bit = word.trailingZeroBitCount
                ids.append(Int32(w * 64 + bit))
                word &= word - 1
            }
        }
        return ids
    }
}
