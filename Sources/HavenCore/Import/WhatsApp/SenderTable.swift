import Foundation

/// Interns sender names so that a million messages share a handful of `String` values and the
/// bytes of a name are decoded once.
struct SenderTable {
    private var entries: [(bytes: [UInt8], name: String)] = []
    private var lastHit = 0

    /// The name for the bytes `[start, end)`, decoded once and with direction marks removed.
    mutating func name(base: UnsafePointer<UInt8>, start: Int, end: Int) -> String {
        let count = end - start
        if lastHit < entries.count, matches(entries[lastHit].bytes, base + start, count) { return entries[lastHit].name }
        for (offset, entry) in entries.enumerated() where matches(entry.bytes, base + start, count) {
            lastHit = offset
            return entry.name
        }
        let bytes = Array(UnsafeBufferPointer(start: base + start, count: count))
        let decoded = String(validating: bytes, as: UTF8.self) ?? TextDecoding.windows1252(bytes)
        let name = TextCleaning.trimmed(TextCleaning.removingInvisibleMarks(decoded))
        entries.append((bytes, name))
        lastHit = entries.count - 1
        return name
    }

    private func matches(_ bytes: [UInt8], _ pointer: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        bytes.count == count && bytes.withUnsafeBufferPointer { memcmp($0.baseAddress!, pointer, count) == 0 }
    }
}
