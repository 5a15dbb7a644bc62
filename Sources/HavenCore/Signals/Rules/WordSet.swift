/// A set of vocabulary ids stored as a bitmap: membership is one shift and one mask.
struct WordSet: Sendable, Hashable {
    private(set) var bits: [UInt64]

    init(capacity: Int) {
        bits = Array(repeating: 0, count: (capacity + 63) / 64)
    }

    init(ids: [Int32], capacity: Int) {
        self.init(capacity: capacity)
        for id in ids { insert(id) }
    }

    mutating func insert(_ id: Int32) {
        let i = Int(id)
        if i / 64 >= bits.count { bits.append(contentsOf: Array(repeating: 0, count: i / 64 - bits.count + 1)) }
        bits[i / 64] |= 1 << UInt64(i % 64)
    }

    @inline(__always)
    func contains(_ id: Int32) -> Bool {
        let i = Int(id)
        guard id > 0, i / 64 < bits.count else { return false }
        return bits[i / 64] & (1 << UInt64(i % 64)) != 0
    }

    var members: [Int32] {
        var out: [Int32] = []
        for (w, word) in bits.enumerated() where word != 0 {
            for b in 0..<64 where word & (1 << UInt64(b)) != 0 { out.append(Int32(w * 64 + b)) }
        }
        return out
    }
}
