/// Pattern lists keyed by the word ids a pattern must start with, in flat memory: an
/// open-addressing table from a packed key to a range of pattern indexes (ascending) in one list.
///
/// Owned by `MatcherTables`, which calls `deallocate()` once.
struct PatternKeyTable {
    private let keys: UnsafeMutableBufferPointer<UInt64>
    private let ranges: UnsafeMutableBufferPointer<(Int32, Int32)>
    private let mask: Int
    /// The pattern indexes of every key, key after key.
    let list: UnsafeMutableBufferPointer<Int32>
    /// Words that start at least one key.
    let starts: UnsafeMutableBufferPointer<Bool>

    /// The key of two words.
    @inline(__always)
    static func key(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(a)) << 32 | UInt64(UInt32(b))
    }

    /// Word ids below this fit the three-word key.
    static let tripleIDLimit = 1 << 21

    /// The key of three words, 21 bits each (ids under `tripleIDLimit`).
    @inline(__always)
    static func key(_ a: Int32, _ b: Int32, _ c: Int32) -> UInt64 {
        UInt64(UInt32(a)) << 42 | UInt64(UInt32(b)) << 21 | UInt64(UInt32(c))
    }

    /// - Parameters:
    ///   - lists: pattern indexes by key, each list ascending.
    ///   - firstWordShift: where the first word sits in a key (32 for two words, 42 for three).
    ///   - vocabularyCount: the number of word ids (the size of `starts`).
    init(_ lists: [UInt64: [Int32]], firstWordShift: UInt64, vocabularyCount: Int) {
        var capacity = 16
        while capacity < lists.count * 2 { capacity *= 2 }
        mask = capacity - 1
        keys = .allocate(capacity: capacity)
        keys.initialize(repeating: UInt64.max)
        ranges = .allocate(capacity: capacity)
        ranges.initialize(repeating: (0, 0))
        list = .allocate(capacity: max(lists.values.reduce(0) { $0 + $1.count }, 1))
        starts = .allocate(capacity: max(vocabularyCount, 1))
        starts.initialize(repeating: false)
        var cursor: Int32 = 0
        for key in lists.keys.sorted() {
            let patterns = lists[key]!
            var slot = PatternKeyTable.slot(key, mask: mask)
            while keys[slot] != UInt64.max { slot = (slot + 1) & mask }
            keys[slot] = key
            ranges[slot] = (cursor, cursor + Int32(patterns.count))
            for p in patterns { list[Int(cursor)] = p; cursor += 1 }
            starts[Int(key >> firstWordShift)] = true
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The range in `list` of the patterns under `key` (empty when there are none).
    @inline(__always)
    func range(_ key: UInt64) -> (Int32, Int32) {
        var slot = PatternKeyTable.slot(key, mask: mask)
        while true {
            let k = keys[slot]
            if k == key { return ranges[slot] }
            if k == UInt64.max { return (0, 0) }
            slot = (slot + 1) & mask
        }
    }

    func deallocate() {
        keys.deallocate()
        ranges.deallocate()
        list.deallocate()
        starts.deallocate()
    }
}
