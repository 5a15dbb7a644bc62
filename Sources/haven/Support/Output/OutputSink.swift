import Foundation

/// Buffered output to standard output or to a file that appears only when complete
/// (written to a temporary file beside it, then moved into place).
final class OutputSink {
    private let handle: FileHandle
    private var buffer = Data()
    private let temporaryURL: URL?
    private let finalURL: URL?

    /// Output to standard output, or to `path` when given.
    init(path: String?) throws {
        if let path {
            let url = URL(fileURLWithPath: path)
            let temp = url.deletingLastPathComponent()
                .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            guard FileManager.default.createFile(atPath: temp.path, contents: nil) else {
                throw CLIError.cannotWrite(path)
            }
            handle = try FileHandle(forWritingTo: temp)
            temporaryURL = temp
            finalURL = url
        } else {
            handle = FileHandle.standardOutput
            temporaryURL = nil
            finalURL = nil
        }
        buffer.reserveCapacity(1 << 16)
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
        guard let temporaryURL, let finalURL else { return }
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
