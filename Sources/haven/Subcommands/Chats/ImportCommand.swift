import ArgumentParser
import Foundation
import HavenCore

/// `haven import FILE`: reads a chat export and prints what was found, to check an export by hand.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a chat export and show what Haven understood (format, messages, events, participants).",
        discussion: "Formats: \(ImportFormat.allCases.map(\.rawValue).joined(separator: ", ")). Nothing leaves this machine."
    )

    @OptionGroup var chat: ChatFileOptions

    @Flag(help: "Print a JSON summary instead of text.")
    var json = false

    @Flag(help: .hidden)
    var list = false

    func run() throws {
        var conversation: Conversation
        do {
            conversation = try chat.read()
        } catch let error as ImportError {
            writeToStandardError("haven: \(error.description)\n")
            throw ExitCode.failure
        }
        if list {
            let lines = conversation.messages.map { "\($0.timestamp) \($0.sourceLine ?? 0) \($0.sender): \($0.text.prefix(70))" }
                + conversation.events.map { "EVENT \($0.timestamp) \($0.sourceLine ?? 0) \($0.kind) \($0.sender ?? "-"): \($0.rawText.prefix(60))" }
            print(lines.joined(separator: "\n"))
        }
        let summary = ImportSummary(conversation)
        print(json ? summary.json() : summary.text(colour: isatty(1) == 1))
    }
}

extension ImportFormat: ExpressibleByArgument {}
extension DateOrder: ExpressibleByArgument {}
