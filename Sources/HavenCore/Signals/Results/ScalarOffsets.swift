/// Converts UTF-8 byte offsets into Unicode scalar offsets (what Python's `str` indexes count).
enum ScalarOffsets {
    /// Scalar offsets for sorted byte offsets, in one pass over the bytes.
    static func convert(_ byteOffsets: [Int], in bytes: UnsafeBufferPointer<UInt8>) -> [Int: Int] {
        var result: [Int: Int] = [:]
        var scalars = 0
        var i = 0
        for target in byteOffsets.sorted() {
            while i < target && i < bytes.count {
                if bytes[i] & 0xC0 != 0x80 { scalars += 1 }
                i += 1
            }
            result[target] = scalars
        }
        return result
    }
}
