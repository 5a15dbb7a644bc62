import Foundation

/// Reads a file or stream line by line in fixed-size chunks, so memory stays constant however
/// many lines there are. Accepts `\n` and `\r\n` endings, a last line without one, and a UTF-8
/// byte-order mark before the first line (Windows editors write one), which it drops. A lone
/// `\r` (old Mac files) is not a line break here; `TextLines` splits whole texts at it.
public struct LineReader: Sequence, IteratorProtocol {
    private let handle: FileHandle
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    private var cursor = 0
    private var finished = false
    /// The 1-based number of the line last returned.
    public private(set) var lineNumber = 0
    /// Whether reading stopped because the input could not be read (a folder given as standard
    /// input, a device error), not because it ended: what came before is not the whole input.
    public private(set) var readFailed = false

    /// Creates a reader over an open file handle.
    ///
    /// - Parameters:
    ///   - handle: the file or standard input.
    ///   - chunkSize: how many bytes to read at a time.
    public init(handle: FileHandle, chunkSize: Int = 1 << 16) {
        self.handle = handle
        self.chunkSize = chunkSize
        buffer.reserveCapacity(chunkSize * 2)
    }

    /// The next line without its ending, or `nil` at the end of input.
    public mutating func next() -> Data? {
        while true {
            let start = cursor
            let newline: Int? = buffer.withUnsafeBufferPointer { bytes in
                guard start < bytes.count, let base = bytes.baseAddress,
                      let hit = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            if let newline {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                cursor = newline + 1
                return line(start..<end)
            }
            if finished {
                guard cursor < buffer.count else { return nil }
                cursor = buffer.count
                return line(start..<buffer.count)
            }
            if cursor > 0 {
                buffer.removeFirst(cursor)
                cursor = 0
            }
            do {
                if let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty {
                    buffer.append(contentsOf: chunk)
                } else {
                    finished = true
                }
            } catch {
                readFailed = true
                finished = true
            }
        }
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The bytes of one line, counted; the first loses a byte-order mark.
    private mutating func line(_ range: Range<Int>) -> Data {
        lineNumber += 1
        var range = range
        if lineNumber == 1, buffer[range].starts(with: LineReader.byteOrderMark) { range = range.dropFirst(3) }
        return Data(buffer[range])
    }
}
