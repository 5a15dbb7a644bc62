import ArgumentParser
import Foundation
import HavenCore

/// The options every command that reads a chat export shares: the file, a forced format or
/// date order, and narrowing a group chat to two people.
struct ChatFileOptions: ParsableArguments {
    @Argument(help: "The exported chat: .txt, .zip, .json, .html, .md, .csv or .jsonl.")
    var file: String

    @Option(help: "Force a format instead of detecting it.")
    var format: ImportFormat?

    @Option(help: "Force the order of numeric dates when the file cannot show it.")
    var dateOrder: DateOrder?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Keep only the messages between two people of a group chat.", valueName: "name"))
    var between: [String] = []

    func validate() throws {
        if !between.isEmpty && between.count != 2 {
            throw ValidationError("--between takes exactly two names, e.g. --between Alice Bob.")
        }
    }

    /// Reads the conversation, narrowed to two people when asked.
    ///
    /// - Throws: `ImportError` naming what is wrong with the file.
    func read() throws -> Conversation {
        var conversation = try ConversationReader().read(
            contentsOf: URL(fileURLWithPath: file), format: format, options: ImportOptions(dateOrder: dateOrder))
        if between.count == 2 { conversation = try conversation.between(between[0], between[1]) }
        return conversation
    }
}
