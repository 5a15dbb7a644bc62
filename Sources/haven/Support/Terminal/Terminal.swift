import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Output helpers: colour only on a terminal, diagnostics on stderr.
enum Terminal {
    /// Whether stdout is a terminal (colour and interactive prompts are allowed).
    static var stdoutIsTTY: Bool { isatty(1) == 1 }

    /// Whether stdin is a terminal (an interactive questionnaire is possible).
    static var stdinIsTTY: Bool { isatty(0) == 1 }

    /// Wraps text in an ANSI style when stdout is a terminal.
    static func style(_ text: String, _ code: String) -> String {
        stdoutIsTTY ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    static func bold(_ text: String) -> String { style(text, "1") }
    static func dim(_ text: String) -> String { style(text, "2") }
    static func warn(_ text: String) -> String { style(text, "33") }

    /// Writes a line to stderr.
    static func diagnose(_ message: String) {
        writeToStandardError(message + "\n")
    }

    /// Reports a user mistake on stderr and returns the failure exit code to throw.
    static func fail(_ error: any Error) -> ExitCode {
        diagnose("error: \(error)")
        return ExitCode.failure
    }
}
