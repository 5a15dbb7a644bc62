/// The compiled patterns laid out in flat, immutable memory for the matcher's inner loop:
/// no reference counting, no bounds-checked array copies.
///
/// Patterns are indexed by their first three words where those follow each other directly, by
/// their first two where only the second does, and by their first word otherwise, so a word
/// only tries the few patterns that can start there.
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
    /// One past the largest word id any set holds. The rule book's words get the lowest ids, so
    /// the bitmaps stay a few hundred bytes per set (in cache) instead of spanning the whole
    /// vocabulary; a word id at or above it is in no set.
    let setWidth: Int
    /// Patterns by first word id: `singleStart[id]..<singleStart[id + 1]` in `singleList`.
    let singleStart: UnsafeMutableBufferPointer<Int32>
    let singleList: UnsafeMutableBufferPointer<Int32>
    /// Patterns whose first two words follow each other, by those two words; where the third
    /// follows directly too (and the word sets are small), by the first three instead, so
    /// "do you guys even listen" is not tried at every "do you".
    let pairs: PatternKeyTable
    let triples: PatternKeyTable
    /// Word set index of the negators, for gaps that must not skip a "not".
    let negatorSet: Int32
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
        // Many patterns share a word set; list each set's members once.
        var memberLists: [Int32: [Int32]] = [:]
        func members(_ set: Int32) -> [Int32] {
            if let known = memberLists[set] { return known }
            let listed = sets[Int(set)].members
            memberLists[set] = listed
            return listed
        }
        for pattern in patterns where pattern.elements.count >= 2 && pattern.elements[1].maxGap > 0 {
            let second = members(pattern.elements[1].set)
            for a in members(pattern.elements[0].set) where Int(a) < vocabularyCount {
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
        let allMembers = sets.indices.map { members(Int32($0)) }
        setWidth = min(vocabularyCount, allMembers.reduce(0) { max($0, Int($1.max() ?? 0) + 1) })
        setStride = (setWidth + 63) / 64
        setBits = .allocate(capacity: max(sets.count * setStride, 1))
        setBits.initialize(repeating: 0)
        for (s, setMembers) in allMembers.enumerated() {
            for id in setMembers where Int(id) < setWidth {
                setBits[s * setStride + Int(id) / 64] |= 1 << UInt64(Int(id) % 64)
            }
        }
        var single = Array(repeating: [Int32](), count: vocabularyCount)
        var pairLists: [UInt64: [Int32]] = [:]
        var tripleLists: [UInt64: [Int32]] = [:]
        for (p, pattern) in patterns.enumerated() {
            let firstIDs = members(pattern.elements[0].set).filter { Int($0) < vocabularyCount }
            guard pattern.elements.count >= 2, pattern.elements[1].maxGap == 0 else {
                for a in firstIDs { single[Int(a)].append(Int32(p)) }
                continue
            }
            let secondIDs = members(pattern.elements[1].set)
            if pattern.elements.count >= 3, pattern.elements[2].maxGap == 0, vocabularyCount < PatternKeyTable.tripleIDLimit {
                let thirdIDs = members(pattern.elements[2].set)
                if firstIDs.count * secondIDs.count * thirdIDs.count <= MatcherTables.tripleKeysPerPattern {
                    for a in firstIDs {
                        for b in secondIDs {
                            for c in thirdIDs { tripleLists[PatternKeyTable.key(a, b, c), default: []].append(Int32(p)) }
                        }
                    }
                    continue
                }
            }
            for a in firstIDs {
                for b in secondIDs { pairLists[PatternKeyTable.key(a, b), default: []].append(Int32(p)) }
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
        pairs = PatternKeyTable(pairLists, firstWordShift: 32, vocabularyCount: vocabularyCount)
        triples = PatternKeyTable(tripleLists, firstWordShift: 42, vocabularyCount: vocabularyCount)
    }

    /// A pattern whose first three word sets give more keys than this stays under its first two.
    static let tripleKeysPerPattern = 4096

    deinit {
        for pointer in [elementSet, elementGapSet, patternFirst, patternCount, patternRule, singleStart, singleList] {
            pointer.deallocate()
        }
        elementGap.deallocate()
        elementAnchors.deallocate()
        setBits.deallocate()
        pairs.deallocate()
        triples.deallocate()
        gapUnionSet.deallocate()
        gapReach.deallocate()
    }

    @inline(__always)
    func contains(set: Int32, _ id: Int32) -> Bool {
        guard id > 0, Int(id) < setWidth else { return false }
        return setBits[Int(set) * setStride + Int(id) / 64] & (1 << UInt64(Int(id) % 64)) != 0
    }
}
