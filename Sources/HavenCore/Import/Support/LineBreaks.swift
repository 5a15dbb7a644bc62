import Foundation

/// Line breaks written as a lone carriage return (classic Mac OS, and files whose lines were
/// joined from several sources) made into `\n`, so that every importer, including the
/// byte-level WhatsApp reader that looks only for `\n`, sees each line. `\r\n` is left as it is.
enum LineBreaks {
    /// A copy of the bytes with each `\r` that is not followed by `\n` replaced by `\n` (the
    /// length does not change), or `nil` when there is none and the bytes can be used as they are.
    static func loneCarriageReturnsAsNewlines(_ data: Data) -> Data? {
        guard let first = firstLoneCarriageReturn(in: data) else { return nil }
        var copy = Data(data)
        copy.withUnsafeMutableBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            for i in (first - data.startIndex)..<bytes.count where bytes[i] == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A) {
                bytes[i] = 0x0A
            }
        }
        return copy
    }

    /// The index of the first `\r` not followed by `\n`, found with `memchr`.
    private static func firstLoneCarriageReturn(in data: Data) -> Int? {
        data.withUnsafeBytes { raw -> Int? in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return nil }
            var position = 0
            while position < raw.count, let found = memchr(base + position, 0x0D, raw.count - position) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if index + 1 == raw.count || base[index + 1] != 0x0A { return data.startIndex + index }
                position = index + 2
            }
            return nil
        }
    }
}
