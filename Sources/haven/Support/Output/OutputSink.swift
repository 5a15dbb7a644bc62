import Foundation

/// Buffered output to standard output or to a file that appears only when complete
/// (written to a temporary file beside it, then moved into place).
///
/// Some paths are written to directly instead, because moving a file into place there would
/// replace what the path stands for: a device, pipe or terminal (`/dev/null`, a FIFO), and any
/// path under `/dev/` or `/proc/` (`/dev/stdout` is a link to the shell's open file, whose
/// readers would never see a new file). A symbolic link to a regular file gets the new file at
/// its target, so the link stays a link.
final class OutputSink {
    private let handle: FileHandle
    private var buffer = Data()
    private let temporaryURL: URL?
    private let finalURL: URL?
    private let closesHandle: Bool
    /// The path as given, for error messages.
    private let path: String?
    /// Set when a write failed (a full disk, a closed pipe); `close()` reports it.
    private var writeFailed = false

    /// Output to standard output, or to `path` when given.
    init(path: String?) throws {
        self.path = path
        if let path, OutputSink.isWrittenDirectly(path) {
            guard let direct = FileHandle(forWritingAtPath: path) else { throw CLIError.cannotWrite(path) }
            handle = direct
            temporaryURL = nil
            finalURL = nil
            closesHandle = true
        } else if let path {
            let url = URL(fileURLWithPath: path).resolvingSymlinksInPath()
            let temp = url.deletingLastPathComponent()
                .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            guard FileManager.default.createFile(atPath: temp.path, contents: nil),
                  let file = FileHandle(forWritingAtPath: temp.path) else {
                throw CLIError.cannotWrite(path)
            }
            handle = file
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
        try sink.close()
    }

    /// Whether `path` is written to in place rather than replaced (see the type's description).
    private static func isWrittenDirectly(_ path: String) -> Bool {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        if absolute.hasPrefix("/dev/") || absolute.hasPrefix("/proc/") { return true }
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

    /// Writes buffered bytes. After a failed write the rest is dropped and `close()` throws.
    func flush() {
        guard !buffer.isEmpty else { return }
        if !writeFailed {
            do { try handle.write(contentsOf: buffer) } catch { writeFailed = true }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and, for a file, moves it into place.
    ///
    /// - Throws: `CLIError.writeFailed` when a write failed, `CLIError.cannotWrite` when the file
    ///   cannot be moved into place; either way the unfinished file is removed.
    func close() throws {
        flush()
        if closesHandle { try? handle.close() }
        if writeFailed {
            if let temporaryURL { try? FileManager.default.removeItem(at: temporaryURL) }
            throw CLIError.writeFailed(path ?? "standard output")
        }
        guard let temporaryURL, let finalURL else { return }
        // rename(2) replaces the destination atomically: readers see the old file or the new one.
        guard rename(temporaryURL.path, finalURL.path) == 0 else {
            try? FileManager.default.removeItem(at: temporaryURL)
            throw CLIError.cannotWrite(path ?? finalURL.path)
        }
    }

    /// Whether the output is a file that appears only when complete (not standard output, a
    /// device or a pipe, whose readers already have what was written).
    var appearsWhenComplete: Bool { temporaryURL != nil }

    /// Closes the output and removes an unfinished temporary file.
    func abandon() {
        if closesHandle { try? handle.close() }
        guard let temporaryURL else { return }
        try? FileManager.default.removeItem(at: temporaryURL)
    }
}
