/// The compiled patterns laid out in flat, immutable memory for the matcher's inner loop:
/// no reference counting, no bounds-checked array copies.
///
/// Patterns are indexed by their first two words where the second follows directly, and by
/// their first word otherwise, so a word only tries the few patterns that can start there.
final class MatcherTables: @unchecked Sendable {
    // Safe to share: written once in init, read-only afterwards.
    let elementSet: UnsafeMutableBufferPointer<Int32>
    let elementGap: UnsafeMutableBufferPointer<Int8>
    let elementGapSet: UnsafeMutableBufferPointer<Int32>
    let elementAnchors: UnsafeMutableBufferPointer<UInt8>
    let patternFirst: UnsafeMutableBufferPointer<Int32>
    let patternCount: UnsafeMutableBufferPointer<Int32>
    let patternRule: UnsafeMutableBufferPointer<Int32>
    let setBits: UnsafeMutableBufferPointer<UInt64>
    let setStride: Int
    /// Patterns by first word id: `singleStart[id]..<singleStart[id + 1]` in `singleList`.
    let singleStart: UnsafeMutableBufferPointer<Int32>
    let singleList: UnsafeMutableBufferPointer<Int32>
    /// Patterns by (first, second) word ids: an open-addressing table of keys and ranges in `pairList`.
    let pairKeys: UnsafeMutableBufferPointer<UInt64>
    let pairRanges: UnsafeMutableBufferPointer<(Int32, Int32)>
    let pairMask: Int
    let pairList: UnsafeMutableBufferPointer<Int32>
    /// Word set index of the negators, for gaps that must not skip a "not".
    let negatorSet: Int32
    /// Words that have at least one pair entry as first word.
    let startsPair: UnsafeMutableBufferPointer<Bool>
    /// For each first word of the `single` patterns with a gap before their second element:
    /// the union of those second elements (a set index, -1 for none) and the longest gap, so a
    /// word whose following words cannot continue any of them skips them all.
    let gapUnionSet: UnsafeMutableBufferPointer<Int32>
    let gapReach: UnsafeMutableBufferPointer<Int8>
    let vocabularyCount: Int

    init(patterns: [CompiledPattern], sets: [WordSet], negators: WordSet, vocabularyCount: Int) {
        var sets = sets + [negators]
        negatorSet = Int32(sets.count - 1)
        // The same pattern can arise twice from class expansion; match it once.
        var seen = Set<[Int32]>()
        let patterns = patterns.filter { p in
            seen.insert([p.rule] + p.elements.flatMap { [$0.set, Int32($0.maxGap), $0.gapSet, Int32($0.anchors.rawValue)] }).inserted
        }
        var unionMembers = Array(repeating: Set<Int32>(), count: vocabularyCount)
        var reach = Array(repeating: Int8(-1), count: vocabularyCount)
        for pattern in patterns where pattern.elements.count >= 2 && pattern.elements[1].maxGap > 0 {
            let second = sets[Int(pattern.elements[1].set)].members
            for a in sets[Int(pattern.elements[0].set)].members where Int(a) < vocabularyCount {
                unionMembers[Int(a)].formUnion(second)
                reach[Int(a)] = max(reach[Int(a)], pattern.elements[1].maxGap)
            }
        }
        gapUnionSet = .allocate(capacity: vocabularyCount)
        gapReach = .allocate(capacity: vocabularyCount)
        var unionIndex: [[Int32]: Int32] = [:]
        for id in 0..<vocabularyCount {
            gapReach[id] = reach[id]
            guard !unionMembers[id].isEmpty else { gapUnionSet[id] = -1; continue }
            let key = unionMembers[id].sorted()
            if let existing = unionIndex[key] { gapUnionSet[id] = existing; continue }
            sets.append(WordSet(ids: key, capacity: vocabularyCount))
            unionIndex[key] = Int32(sets.count - 1)
            gapUnionSet[id] = Int32(sets.count - 1)
        }
        self.vocabularyCount = vocabularyCount
        let total = patterns.reduce(0) { $0 + $1.elements.count }
        elementSet = .allocate(capacity: total)
        elementGap = .allocate(capacity: total)
        elementGapSet = .allocate(capacity: total)
        elementAnchors = .allocate(capacity: total)
        patternFirst = .allocate(capacity: patterns.count)
        patternCount = .allocate(capacity: patterns.count)
        patternRule = .allocate(capacity: patterns.count)
        var e = 0
        for (p, pattern) in patterns.enumerated() {
            patternFirst[p] = Int32(e)
            patternCount[p] = Int32(pattern.elements.count)
            patternRule[p] = pattern.rule
            for el in pattern.elements {
                elementSet[e] = el.set
                elementGap[e] = el.maxGap
                elementGapSet[e] = el.gapSet
                elementAnchors[e] = el.anchors.rawValue
                e += 1
            }
        }
        setStride = (vocabularyCount + 63) / 64
        setBits = .allocate(capacity: max(sets.count * setStride, 1))
        setBits.initialize(repeating: 0)
        for (s, set) in sets.enumerated() {
            for id in set.members where Int(id) < vocabularyCount {
                setBits[s * setStride + Int(id) / 64] |= 1 << UInt64(Int(id) % 64)
            }
        }
        var single = Array(repeating: [Int32](), count: vocabularyCount)
        var pairs: [UInt64: [Int32]] = [:]
        for (p, pattern) in patterns.enumerated() {
            let firstIDs = sets[Int(pattern.elements[0].set)].members.filter { Int($0) < vocabularyCount }
            if pattern.elements.count >= 2, pattern.elements[1].maxGap == 0 {
                let secondIDs = sets[Int(pattern.elements[1].set)].members
                for a in firstIDs {
                    for b in secondIDs { pairs[UInt64(UInt32(a)) << 32 | UInt64(UInt32(b)), default: []].append(Int32(p)) }
                }
            } else {
                for a in firstIDs { single[Int(a)].append(Int32(p)) }
            }
        }
        singleStart = .allocate(capacity: vocabularyCount + 1)
        singleList = .allocate(capacity: max(single.reduce(0) { $0 + $1.count }, 1))
        var cursor: Int32 = 0
        for id in 0..<vocabularyCount {
            singleStart[id] = cursor
            for p in single[id] { singleList[Int(cursor)] = p; cursor += 1 }
        }
        singleStart[vocabularyCount] = cursor
        pairList = .allocate(capacity: max(pairs.values.reduce(0) { $0 + $1.count }, 1))
        startsPair = .allocate(capacity: vocabularyCount)
        startsPair.initialize(repeating: false)
        var capacity = 16
        while capacity < pairs.count * 2 { capacity *= 2 }
        pairMask = capacity - 1
        pairKeys = .allocate(capacity: capacity)
        pairKeys.initialize(repeating: UInt64.max)
        pairRanges = .allocate(capacity: capacity)
        pairRanges.initialize(repeating: (0, 0))
        var pc: Int32 = 0
        for key in pairs.keys.sorted() {
            let list = pairs[key]!
            var slot = MatcherTables.slot(key, mask: capacity - 1)
            while pairKeys[slot] != UInt64.max { slot = (slot + 1) & (capacity - 1) }
            pairKeys[slot] = key
            pairRanges[slot] = (pc, pc + Int32(list.count))
            for p in list { pairList[Int(pc)] = p; pc += 1 }
            startsPair[Int(key >> 32)] = true
        }
    }

    deinit {
        for pointer in [elementSet, elementGapSet, patternFirst, patternCount, patternRule, singleStart, singleList, pairList] {
            pointer.deallocate()
        }
        elementGap.deallocate()
        elementAnchors.deallocate()
        setBits.deallocate()
        pairKeys.deallocate()
        pairRanges.deallocate()
        startsPair.deallocate()
        gapUnionSet.deallocate()
        gapReach.deallocate()
    }

    @inline(__always)
    static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The patterns starting with word `a` followed directly by word `b`.
    @inline(__always)
    func pairRange(_ a: Int32, _ b: Int32) -> (Int32, Int32) {
        let key = UInt64(UInt32(a)) << 32 | UInt64(UInt32(b))
        var slot = MatcherTables.slot(key, mask: pairMask)
        while true {
            let k = pairKeys[slot]
            if k == key { return pairRanges[slot] }
            if k == UInt64.max { return (0, 0) }
            slot = (slot + 1) & pairMask
        }
    }

    @inline(__always)
    func contains(set: Int32, _ id: Int32) -> Bool {
        guard id > 0, Int(id) < vocabularyCount else { return false }
        return setBits[Int(set) * setStride + Int(id) / 64] & (1 << UInt64(Int(id) % 64)) != 0
    }
}
