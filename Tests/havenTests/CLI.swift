import Foundation

/// Runs the built `haven` binary and captures its output.
enum CLI {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    enum Failure: Error { case binaryNotFound([String]), notAnObject(String), cannotOpen(String) }

    /// The `haven` binary next to the test bundle (the products directory), or in `.build/debug`.
    static func binary() throws -> URL {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("haven"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("haven"),
            packageRoot.appendingPathComponent(".build/debug/haven"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw Failure.binaryNotFound(candidates.map(\.path))
        }
        return found
    }

    /// Runs haven with `input` as its standard input (none when `nil`), its standard output
    /// sent to `stdoutFile` instead of captured when one is given, and `environment` added to
    /// this process's environment.
    static func run(_ arguments: [String], input: Data? = nil, stdoutFile: String? = nil,
                    environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe(), err = Pipe()
        if let stdoutFile {
            guard let handle = FileHandle(forWritingAtPath: stdoutFile) else { throw Failure.cannotOpen(stdoutFile) }
            process.standardOutput = handle
        } else {
            process.standardOutput = out
        }
        process.standardError = err
        let inputPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        try process.run()
        if let input {
            try inputPipe.fileHandleForWriting.write(contentsOf: input)
            try inputPipe.fileHandleForWriting.close()
        }
        if stdoutFile != nil { try out.fileHandleForWriting.close() }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("haven-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, to directory: URL, _ name: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static func json(_ text: String) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw Failure.notAnObject(text)
        }
        return object
    }
}
