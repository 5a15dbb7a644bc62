import Foundation
import HavenCore

/// Mistakes a user can make on the command line, with messages that say how to fix them.
enum CLIError: Error, CustomStringConvertible {
    case cannotRead(String)
    case notAFile(String)
    case cannotWrite(String)
    case writeFailed(String)
    case noInput(String)
    case badLine(file: String, line: Int, message: String)
    case engineUnavailable(String)
    case cannotChooseThresholds(ThresholdChoiceError)

    var description: String {
        switch self {
        case let .cannotRead(path): return "cannot read \(path): check that the file exists and is readable"
        case let .notAFile(path): return "\(path) is a folder; give the path of a file in it"
        case let .cannotWrite(path): return "cannot write \(path): check that the folder exists and is writable"
        case let .writeFailed(path) where path == "standard output":
            return "writing standard output failed (is the disk full, or did the reader stop?)"
        case let .writeFailed(path): return "writing \(path) failed part-way (is the disk full, or did the reader stop?); a file there was left as it was"
        case let .noInput(hint): return "no input: \(hint)"
        case let .badLine(file, line, message): return "\(file): line \(line): \(message)"
        case let .engineUnavailable(detail): return "the signal engine could not load its data files (\(detail)); reinstall haven"
        case let .cannotChooseThresholds(reason): return "cannot choose thresholds on the --thresholds-from files: \(reason)"
        }
    }
}

/// Writes text to standard error. A failure there (a closed or full standard error) is
/// ignored: there is nowhere left to report it, and it must not stop the work.
func writeToStandardError(_ text: String) {
    try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
}

/// Prints a message to standard error.
func printError(_ message: String) {
    writeToStandardError("haven: " + message + "\n")
}

/// Opens a file for reading, or standard input for `nil` or "-".
func openInput(_ path: String?) throws -> (FileHandle, String) {
    guard let path, path != "-" else { return (FileHandle.standardInput, "<stdin>") }
    return (try openFile(path), path)
}

/// Opens a file for reading, refusing a folder (which would open, then fail on the first read).
func openFile(_ path: String) throws -> FileHandle {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
        throw CLIError.notAFile(path)
    }
    guard let handle = FileHandle(forReadingAtPath: path) else { throw CLIError.cannotRead(path) }
    return handle
}

/// Reads a whole file, with the errors of ``openFile(_:)`` and `cannotRead` when reading fails.
func readWholeFile(_ path: String) throws -> Data {
    let handle = try openFile(path)
    defer { try? handle.close() }
    do {
        return try handle.readToEnd() ?? Data()
    } catch {
        throw CLIError.cannotRead(path)
    }
}

/// Whether standard output is a terminal (colours only then).
var stdoutIsTerminal: Bool { isatty(1) != 0 }
