/// A fixed set of lowercase words with numeric ids, looked up straight from UTF-8 bytes.
///
/// Id 0 means "a word the phrase table never mentions"; known words get ids from 1.
/// Lookup hashes the bytes (FNV-1a) into an open-addressing table, so screening never
/// builds a `String` per word.
struct SafetyVocabulary: Sendable {
    private(set) var words: [String] = [""]
    private var hashes: [UInt64] = [0]
    private var keyBytes: [UInt8] = []
    private var keyRanges: [Range<Int>] = [0..<0]
    private var slots: [Int32] = []
    private var mask = 0

    /// The number of ids in use, including the unknown-word id 0.
    var count: Int { words.count }

    /// Returns the id of `word`, adding it when it is new.
    mutating func intern(_ word: String) -> Int32 {
        let bytes = Array(word.utf8)
        let found = bytes.withUnsafeBufferPointer { lookup($0) }
        if found != 0 { return found }
        let id = Int32(words.count)
        words.append(word)
        hashes.append(Self.hash(bytes[...]))
        keyRanges.append(keyBytes.count..<(keyBytes.count + bytes.count))
        keyBytes.append(contentsOf: bytes)
        if words.count * 2 > slots.count { rebuild() } else { insert(id) }
        return id
    }

    /// The id of the word spelled by `bytes`, or 0 when it is not in the vocabulary.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard !slots.isEmpty, !bytes.isEmpty else { return 0 }
        let h = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = slots[slot]
            if id == 0 { return 0 }
            if hashes[Int(id)] == h, matches(id, bytes) { return id }
            slot = (slot &+ 1) & mask
        }
    }

    private func matches(_ id: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = keyRanges[Int(id)]
        guard range.count == bytes.count else { return false }
        var k = range.lowerBound
        for b in bytes {
            if keyBytes[k] != b { return false }
            k += 1
        }
        return true
    }

    private mutating func rebuild() {
        var size = 64
        while size < words.count * 4 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        for id in 1..<words.count { insert(Int32(id)) }
    }

    private mutating func insert(_ id: Int32) {
        var slot = Int(truncatingIfNeeded: hashes[Int(id)]) & mask
        while slots[slot] != 0 { slot = (slot &+ 1) & mask }
        slots[slot] = id
    }

    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }
}
