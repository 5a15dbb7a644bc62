/// One compiled phrase pattern: a short run of slots, stored in the table's flat slot array.
///
/// Plain values only (no arrays or strings), so the matcher's inner loop copies no references.
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
        var set: Int32
        /// The most words a gap may skip.
        var maxGap: Int32
    }

    /// Where the pattern's slots start in ``SafetyPhraseTable/slots``.
    var slotStart: Int32
    /// Where they end (exclusive).
    var slotEnd: Int32
    /// The concern the pattern signals, or `nil` for an idiom that cancels overlapping matches.
    var concern: SafetyConcern?
    /// Whether a negator shortly before the match cancels it.
    var checksNegation: Bool
    /// Whether an overlapping idiom cancels it.
    var checksIdioms: Bool
}

/// For each word id, the patterns whose first slot can match it, stored flat.
struct SafetyPatternIndex: Sendable {
    private var offsets: [Int32]
    private var items: [Int32]

    /// Flattens per-word lists of pattern numbers.
    init(_ lists: [[Int32]]) {
        offsets = [0]
        items = []
        for list in lists {
            items.append(contentsOf: list)
            offsets.append(Int32(items.count))
        }
    }

    /// The positions in ``item(_:)`` of the patterns that can start at word `id`.
    @inline(__always)
    func range(_ id: Int32) -> Range<Int> {
        Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])
    }

    /// The pattern number stored at `position`.
    @inline(__always)
    func item(_ position: Int) -> Int32 { items[position] }
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
    mutating func add(_ ids: [Int32]) -> Int32 {
        var row = [UInt64](repeating: 0, count: width)
        for id in ids { row[Int(id) >> 6] |= 1 << UInt64(id & 63) }
        bits.append(contentsOf: row)
        count += 1
        return Int32(count - 1)
    }

    /// Whether set `set` holds word id `id`.
    @inline(__always)
    func contains(_ set: Int32, _ id: Int32) -> Bool {
        id != 0 && bits[Int(set) &* width &+ Int(id >> 6)] & (1 << UInt64(id & 63)) != 0
    }

    /// The ids in set `set`.
    func members(_ set: Int32) -> [Int32] {
        var ids: [Int32] = []
        for w in 0..<width {
            var word = bits[Int(set) * width + w]
            while word != 0 {
                let bit = word.trailingZeroBitCount
                ids.append(Int32(w * 64 + bit))
                word &= word - 1
            }
        }
        return ids
    }
}
