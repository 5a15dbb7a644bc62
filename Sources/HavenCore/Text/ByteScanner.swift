/// A word read by `ByteScanner.scanWord()`: its normalised hash and what it was made of.
struct ScannedWord {
    /// Hash of the lower-cased word, apostrophes dropped, runs of 3+ equal letters cut to 2.
    var hash: UInt64
    /// Hash with runs of 3+ equal letters cut to 1 ("sooo" → "so"), when such a run occurred.
    var foldedHash: UInt64?
    var isShouting: Bool
    var latinLetters: Int
    var otherLetters: Int
}

/// Reads Unicode scalars and words from valid UTF-8 bytes without allocating.
struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The scalar at the current position and its length in bytes, or `nil` at the end.
    @inline(__always)
    func peekScalar(at index: Int? = nil) -> (UInt32, Int)? {
        let i = index ?? position
        guard i < bytes.count else { return nil }
        let b0 = bytes[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1
        guard length > 1, i + length <= bytes.count else { return (0xFFFD, 1) }
        var value = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = (value << 6) | (UInt32(bytes[i + k]) & 0x3F) }
        return (value, length)
    }

    @inline(__always)
    mutating func advance(_ count: Int) {
        position += count
    }

    /// Reads one word starting at the current position (which holds a letter or digit).
    mutating func scanWord() -> ScannedWord? {
        let start = position
        var hash = StableHash.offsetBasis
        var last: UInt8 = 0, run = 0
        var upper = 0, lower = 0, latin = 0, other = 0
        var stretched = false
        while let (value, length) = peekScalar() {
            let cls = ScalarClass.of(value)
            switch cls {
            case .letter, .digit:
                if value < 0x80 {
                    var b = UInt8(value)
                    if b >= 65 && b <= 90 { b += 32; upper += 1 } else if b >= 97 && b <= 122 { lower += 1 }
                    if cls == .letter { latin += 1 }
                    if b == last { run += 1 } else { last = b; run = 1 }
                    if run <= 2 { hash = StableHash.combine(hash, b) } else { stretched = true }
                } else {
                    if value <= 0x24F || (value >= 0x1E00 && value <= 0x1EFF) { latin += 1 } else if value > 0x36F { other += 1 }
                    for k in 0..<length { hash = StableHash.combine(hash, bytes[position + k]) }
                    last = 0; run = 0
                }
                position += length
            case .apostrophe:
                guard let (next, _) = peekScalar(at: position + length), ScalarClass.of(next) == .letter else {
                    return finish(start: start, hash: hash, stretched: stretched, upper: upper, lower: lower, latin: latin, other: other)
                }
                position += length
            case .hyphen:
                guard let (next, _) = peekScalar(at: position + length), ScalarClass.of(next) == .letter else {
                    return finish(start: start, hash: hash, stretched: stretched, upper: upper, lower: lower, latin: latin, other: other)
                }
                hash = StableHash.combine(hash, UInt8(ascii: "-"))
                last = 0; run = 0
                position += length
            case .ignorable:
                position += length
            default:
                return finish(start: start, hash: hash, stretched: stretched, upper: upper, lower: lower, latin: latin, other: other)
            }
        }
        return finish(start: start, hash: hash, stretched: stretched, upper: upper, lower: lower, latin: latin, other: other)
    }

    private func finish(start: Int, hash: UInt64, stretched: Bool, upper: Int, lower: Int, latin: Int, other: Int) -> ScannedWord? {
        guard position > start else { return nil }
        return ScannedWord(
            hash: hash,
            foldedHash: stretched ? foldedHash(from: start, to: position) : nil,
            isShouting: upper >= 2 && lower == 0,
            latinLetters: latin,
            otherLetters: other
        )
    }

    /// Re-hashes a stretched word with every run of three or more equal bytes cut to one.
    private func foldedHash(from start: Int, to end: Int) -> UInt64 {
        var hash = StableHash.offsetBasis
        var i = start
        while i < end {
            var b = bytes[i]
            if b == 0x27 || b == 0x60 { i += 1; continue }
            if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99 { i += 3; continue }
            if b >= 65 && b <= 90 { b += 32 }
            var j = i + 1
            while j < end, bytes[j] == bytes[i] || (bytes[i] >= 65 && bytes[i] <= 90 && bytes[j] == bytes[i] + 32) || (bytes[i] >= 97 && bytes[i] <= 122 && bytes[j] == bytes[i] - 32) { j += 1 }
            let run = j - i
            let emit = run >= 3 ? 1 : run
            for _ in 0..<emit { hash = StableHash.combine(hash, b) }
            i = j
        }
        return hash
    }
}
