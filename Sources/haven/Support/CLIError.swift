import Foundation
import HavenCore

/// Mistakes a user can make on the command line, with messages that say how to fix them.
enum CLIError: Error, CustomStringConvertible {
    case cannotRead(String)
    case cannotWrite(String)
    case writeFailed(String)
    case noInput(String)
    case badLine(file: String, line: Int, message: String)
    case engineUnavailable(String)
    case cannotChooseThresholds(ThresholdChoiceError)

    var description: String {
        switch self {
        case let .cannotRead(path): return "cannot read \(path): check that the file exists and is readable"
        case let .cannotWrite(path): return "cannot write \(path): check that the folder exists and is writable"
        case let .writeFailed(path): return "writing \(path) failed part-way (is the disk full, or did the reader stop?); a file there was left as it was"
        case let .noInput(hint): return "no input: \(hint)"
        case let .badLine(file, line, message): return "\(file): line \(line): \(message)"
        case let .engineUnavailable(detail): return "the signal engine could not load its data files (\(detail)); reinstall haven"
        case let .cannotChooseThresholds(reason): return "cannot choose thresholds on the --thresholds-from files: \(reason)"
        }
    }
}

/// Prints a message to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("haven: " + message + "\n").utf8))
}

/// Opens a file for reading, or standard input for `nil` or "-".
func openInput(_ path: String?) throws -> (FileHandle, String) {
    guard let path, path != "-" else { return (FileHandle.standardInput, "<stdin>") }
    guard let handle = FileHandle(forReadingAtPath: path) else { throw CLIError.cannotRead(path) }
    return (handle, path)
}

/// Whether standard output is a terminal (colours only then).
var stdoutIsTerminal: Bool { isatty(1) != 0 }
