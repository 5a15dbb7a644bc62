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

    @Argument(help: "The exported chat: .txt, .zip, .json, .html, .md, .csv or .jsonl.")
    var file: String

    @Option(help: "Force a format instead of detecting it.")
    var format: ImportFormat?

    @Option(help: "Force the order of numeric dates when the file cannot show it.")
    var dateOrder: DateOrder?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Keep only the messages between two people of a group chat.", valueName: "name"))
    var between: [String] = []

    @Flag(help: "Print a JSON summary instead of text.")
    var json = false

    @Flag(help: .hidden)
    var list = false

    func validate() throws {
        if !between.isEmpty && between.count != 2 {
            throw ValidationError("--between takes exactly two names, e.g. --between Alice Bob.")
        }
    }

    func run() throws {
        var conversation: Conversation
        do {
            conversation = try ConversationReader().read(
                contentsOf: URL(fileURLWithPath: file), format: format, options: ImportOptions(dateOrder: dateOrder))
            if between.count == 2 { conversation = try conversation.between(between[0], between[1]) }
        } catch let error as ImportError {
            FileHandle.standardError.write(Data("haven: \(error.description)\n".utf8))
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
