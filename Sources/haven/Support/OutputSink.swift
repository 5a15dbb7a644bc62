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
        if FileManager.default.fileExists(atPath: finalURL.path) {
            _ = try FileManager.default.replaceItemAt(finalURL, withItemAt: temporaryURL)
        } else {
            try FileManager.default.moveItem(at: temporaryURL, to: finalURL)
        }
    }

    /// Removes an unfinished temporary file.
    func abandon() {
        guard let temporaryURL else { return }
        try? handle.close()
        try? FileManager.default.removeItem(at: temporaryURL)
    }
}
