/// Maps normalised words to small integer ids with an open-addressing table keyed by a stable hash.
///
/// Every word that a pattern, class or lexicon names gets an id; anything else is `unknown`.
/// Lookups hash bytes once and never allocate, which keeps the tokenizer fast.
public struct Vocabulary: Sendable {
    /// The id of a word that is not in the vocabulary.
    public static let unknown: Int32 = 0

    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    /// The normalised spelling of each id (index 0 is the unknown word).
    public private(set) var words: [String] = [""]
    private var aliasTargets: [Int32] = [0]

    /// Creates an empty vocabulary.
    public init() {
        keys = Array(repeating: 0, count: 1024)
        values = Array(repeating: 0, count: 1024)
        mask = 1023
    }

    /// The number of ids, including the unknown word.
    public var count: Int { words.count }

    /// The id for a normalised hash, or `unknown`.
    @inline(__always)
    func id(forHash hash: UInt64) -> Int32 {
        let key = hash == 0 ? 1 : hash
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[slot]
            if k == key { return aliasTargets[Int(values[slot])] }
            if k == 0 { return Vocabulary.unknown }
            slot = (slot &+ 1) & mask
        }
    }

    /// The id of a single word after the tokenizer's normalisation, or `unknown`.
    public func id(of word: String) -> Int32 {
        guard let hash = Tokenizer.normalisedHash(of: word) else { return Vocabulary.unknown }
        return id(forHash: hash)
    }

    /// The ids of those words that have one (words outside the vocabulary are left out).
    func knownIDs(of words: [String]) -> Set<Int32> {
        Set(words.map { id(of: $0) }.filter { $0 != Vocabulary.unknown })
    }

    /// Adds a word (normalised the way the tokenizer normalises) and returns its id.
    ///
    /// - Parameter word: one word; text that normalises to several tokens or none is refused.
    /// - Returns: the word's id, new or existing; `nil` when the text is not a single token.
    @discardableResult
    public mutating func add(_ word: String) -> Int32? {
        guard let hash = Tokenizer.normalisedHash(of: word) else { return nil }
        let existing = id(forHash: hash)
        if existing != Vocabulary.unknown { return existing }
        let newID = Int32(words.count)
        words.append(word.lowercased())
        aliasTargets.append(newID)
        insert(hash: hash, id: newID)
        return newID
    }

    /// Makes `alias` read as `canonical` (for example "u" as "you"); both are added if missing.
    public mutating func addAlias(_ alias: String, for canonical: String) {
        guard let target = add(canonical), let hash = Tokenizer.normalisedHash(of: alias) else { return }
        let existing = id(forHash: hash)
        if existing == Vocabulary.unknown {
            insert(hash: hash, id: target)
        } else {
            aliasTargets[Int(existing)] = target
        }
    }

    private mutating func insert(hash: UInt64, id: Int32) {
        if (keys.count - freeSlots) * 2 >= keys.count { grow() }
        let key = hash == 0 ? 1 : hash
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot &+ 1) & mask }
        if keys[slot] == 0 { freeSlots -= 1 }
        keys[slot] = key
        values[slot] = id
    }

    private var freeSlots = 1024

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        freeSlots = keys.count
        for (i, k) in oldKeys.enumerated() where k != 0 {
            var slot = Int(truncatingIfNeeded: k) & mask
            while keys[slot] != 0 { slot = (slot &+ 1) & mask }
            keys[slot] = k
            values[slot] = oldValues[i]
            freeSlots -= 1
        }
    }
}
