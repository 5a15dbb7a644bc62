import Foundation

/// Interns sender names so that a million messages share a handful of `String` values and the
/// bytes of a name are decoded once.
///
/// A chat of a few people is looked up by comparing each name in turn; past ``scanLimit``
/// names (a large group) by a hash of the bytes, so that thousands of senders do not make every
/// message compare against all of them.
struct SenderTable {
    private var entries: [(bytes: [UInt8], name: String)] = []
    private var byHash: [Int: [Int]] = [:]
    private var lastHit = 0

    /// The most names searched one by one before the hash table is used.
    static let scanLimit = 8

    /// The name for the bytes `[start, end)`, decoded once and with direction marks removed.
    mutating func name(base: UnsafePointer<UInt8>, start: Int, end: Int) -> String {
        let count = end - start
        if lastHit < entries.count, matches(entries[lastHit].bytes, base + start, count) { return entries[lastHit].name }
        if entries.count <= Self.scanLimit {
            for (offset, entry) in entries.enumerated() where matches(entry.bytes, base + start, count) {
                lastHit = offset
                return entry.name
            }
        }
        let hash = Self.hash(base + start, count)
        if entries.count > Self.scanLimit {
            for offset in byHash[hash] ?? [] where matches(entries[offset].bytes, base + start, count) {
                lastHit = offset
                return entries[offset].name
            }
        }
        let bytes = Array(UnsafeBufferPointer(start: base + start, count: count))
        let decoded = String(validating: bytes, as: UTF8.self) ?? TextDecoding.windows1252(bytes)
        let name = TextCleaning.trimmed(TextCleaning.removingInvisibleMarks(decoded))
        entries.append((bytes, name))
        lastHit = entries.count - 1
        byHash[hash, default: []].append(lastHit)
        return name
    }

    private static func hash(_ pointer: UnsafePointer<UInt8>, _ count: Int) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(start: pointer, count: count))
        return hasher.finalize()
    }

    private func matches(_ bytes: [UInt8], _ pointer: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        bytes.count == count && bytes.withUnsafeBufferPointer { memcmp($0.baseAddress!, pointer, count) == 0 }
    }
}
