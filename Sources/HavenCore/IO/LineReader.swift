import Foundation

/// Reads a file or stream line by line in fixed-size chunks, so memory stays constant however
/// many lines there are. Accepts `\n` and `\r\n` endings and a last line without one.
public struct LineReader: Sequence, IteratorProtocol {
    private let handle: FileHandle
    private let chunkSize: Int
    private var buffer = Data()
    private var cursor = 0
    private var finished = false
    /// The 1-based number of the line last returned.
    public private(set) var lineNumber = 0

    /// Creates a reader over an open file handle.
    ///
    /// - Parameters:
    ///   - handle: the file or standard input.
    ///   - chunkSize: how many bytes to read at a time.
    public init(handle: FileHandle, chunkSize: Int = 1 << 16) {
        self.handle = handle
        self.chunkSize = chunkSize
    }

    /// The next line without its ending, or `nil` at the end of input.
    public mutating func next() -> Data? {
        while true {
            if let newline = buffer[cursor...].firstIndex(of: 0x0A) {
                var end = newline
                if end > cursor, buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[cursor..<end]
                cursor = newline + 1
                lineNumber += 1
                return Data(line)
            }
            if finished {
                guard cursor < buffer.count else { return nil }
                let line = buffer[cursor...]
                cursor = buffer.count
                lineNumber += 1
                return Data(line)
            }
            if cursor > 0 {
                buffer.removeSubrange(0..<cursor)
                cursor = 0
            }
            let chunk = (try? handle.read(upToCount: chunkSize)) ?? nil
            if let chunk, !chunk.isEmpty {
                buffer.append(chunk)
            } else {
                finished = true
            }
        }
    }
}
