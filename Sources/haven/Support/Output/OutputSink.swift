import Foundation

/// Buffered output to standard output or to a file that appears only when complete
/// (written to a temporary file beside it, then moved into place).
///
/// A path that names a device, pipe or terminal (`/dev/null`, `/dev/stdout`, a FIFO) is written
/// to directly: moving a file into place there would replace the device with a plain file.
final class OutputSink {
    private let handle: FileHandle
    private var buffer = Data()
    private let temporaryURL: URL?
    private let finalURL: URL?
    private let closesHandle: Bool

    /// Output to standard output, or to `path` when given.
    init(path: String?) throws {
        if let path, OutputSink.isSpecialFile(path) {
            guard let direct = FileHandle(forWritingAtPath: path) else { throw CLIError.cannotWrite(path) }
            handle = direct
            temporaryURL = nil
            finalURL = nil
            closesHandle = true
        } else if let path {
            let url = URL(fileURLWithPath: path)
            let temp = url.deletingLastPathComponent()
                .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            guard FileManager.default.createFile(atPath: temp.path, contents: nil) else {
                throw CLIError.cannotWrite(path)
            }
            handle = try FileHandle(forWritingTo: temp)
            temporaryURL = temp
            finalURL = url
            closesHandle = true
        } else {
            handle = FileHandle.standardOutput
            temporaryURL = nil
            finalURL = nil
            closesHandle = false
        }
        buffer.reserveCapacity(1 << 16)
    }

    /// Writes a whole file's bytes to `path` the same way: complete or not at all for a file,
    /// directly for a device or pipe.
    static func write(_ data: Data, to path: String) throws {
        let sink = try OutputSink(path: path)
        sink.write(data)
        do { try sink.close() } catch { sink.abandon(); throw error }
    }

    /// Whether `path` exists and is something other than a regular file (symbolic links followed).
    private static func isSpecialFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return info.st_mode & S_IFMT != S_IFREG
    }

    /// Writes bytes as they are.
    func write(_ data: Data) {
        buffer.append(data)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes UTF-8 bytes followed by a newline.
    func writeLine(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes a line followed by a newline.
    func writeLine(_ line: String) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes buffered bytes.
    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and, for a file, moves it into place.
    func close() throws {
        flush()
        guard let temporaryURL, let finalURL else {
            if closesHandle { try handle.close() }
            return
        }
        try handle.close()
        // rename(2) replaces the destination atomically: readers see the old file or the new one.
        guard rename(temporaryURL.path, finalURL.path) == 0 else {
            try? FileManager.default.removeItem(at: temporaryURL)
            throw CLIError.cannotWrite(finalURL.path)
        }
    }

    /// Removes an unfinished temporary file.
    func abandon() {
        guard let temporaryURL else { return }
        try? handle.close()
        try? FileManager.default.removeItem(at: temporaryURL)
    }
}
