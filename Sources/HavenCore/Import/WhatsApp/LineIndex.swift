import Foundation

/// The lines of a UTF-8 buffer as byte ranges, found with `memchr`; the `\n` is excluded,
/// a trailing `\r` is kept (the builders strip it).
struct LineIndex: Sequence {
    let base: UnsafePointer<UInt8>
    let start: Int
    let end: Int

    /// One line: its byte range and 1-based number.
    struct Line {
        var start: Int
        var end: Int
        var number: Int
    }

    struct Iterator: IteratorProtocol {
        let base: UnsafePointer<UInt8>
        let end: Int
        var position: Int
        var number = 0

        mutating func next() -> Line? {
            guard position < end else { return nil }
            number += 1
            let lineStart = position
            let remaining = end - position
            if let found = memchr(base + position, 0x0A, remaining) {
                let lineEnd = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                position = lineEnd + 1
                return Line(start: lineStart, end: lineEnd, number: number)
            }
            position = end
            return Line(start: lineStart, end: end, number: number)
        }
    }

    func makeIterator() -> Iterator { Iterator(base: base, end: end, position: start) }
}
