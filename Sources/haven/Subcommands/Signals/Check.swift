import ArgumentParser
import Foundation
import HavenCore

/// `haven check`: one message, its findings with evidence, antidotes and a kinder rewrite.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check one message before you send it: what it may do to the other person, and a kinder way to say it.",
        discussion: """
        The message comes from the argument or standard input. --context-file gives the turns
        before it: JSON Lines of {"speaker", "text"}, or lines of "Name: text" (oldest first).
        Nothing leaves this machine.
        """)

    @Flag(name: .long, help: "Print JSON: the classify object plus rewrites and support resources.")
    var json = false

    @Flag(name: .long, help: "Also show how each score comes about: the features of the message and their weights.")
    var explain = false

    @Option(name: .long, help: "The turns before the message (JSON Lines or \"Name: text\" lines, oldest first).")
    var contextFile: String?

    @Option(name: .long, help: "Your name as it appears in the context file.")
    var speaker = "me"

    @Option(name: .long, help: "Locale for support resources, e.g. en_GB (default: from the environment).")
    var locale: String?

    @Argument(help: "The message. Read from standard input when omitted.")
    var text: String?

    func validate() throws {
        if text == nil, isatty(0) != 0 {
            throw ValidationError("Give the message as an argument, or pipe it on standard input.")
        }
    }

    func run() throws {
        let engine = try loadEngine()
        let message = try text ?? StandardInputText.read()
        let context = try contextFile.map(ContextFileReader.read) ?? []
        let result = engine.analyze(message, speaker: speaker, context: context)
        let screening = SafetyScreener.shared.screen(message)
        let rewrites = MessageRewriter(engine: engine).rewrites(for: message, result: result, context: context, safetyConcern: screening.fired)
        var guidance: SupportGuidance?
        if screening.fired {
            // The same places to turn to as `haven screen` shows, the user's own file included;
            // a broken file is reported but must not hide the bundled ones.
            let environment = ProcessInfo.processInfo.environment
            var resources: SupportResources?
            do {
                resources = try ScreenCommand.support(file: nil, environment: environment)
            } catch {
                printError("\(error) Showing Haven's own list of places to turn to instead.")
                resources = try? SupportResources.bundled()
            }
            if let resources {
                guidance = SupportGuidance(for: screening, resources: resources, locale: locale ?? ScreenCommand.locale(environment))
            }
        }
        let breakdowns = explain ? engine.breakdown(of: message, speaker: speaker, context: context) : nil
        if json {
            print(CheckReport.json(result: result, rewrites: rewrites, screening: screening, guidance: guidance, breakdowns: breakdowns))
        } else {
            print(CheckReport.text(message: message, result: result, rewrites: rewrites, colour: isatty(1) != 0), terminator: "")
            if let breakdowns { print(BreakdownReport.text(breakdowns), terminator: "") }
            if let guidance {
                print("")
                print(ScreenReport.text(screening: screening, guidance: guidance, colour: isatty(1) != 0), terminator: "")
            }
        }
    }
}

/// Reads the turns before a message from a file.
enum ContextFileReader {
    static func read(_ path: String) throws -> [Turn] {
        let data = try readWholeFile(path)
        // Foundation drops a UTF-8 byte-order mark here, so Windows files need nothing more.
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError.badLine(file: path, line: 1, message: "the file is not valid UTF-8")
        }
        var turns: [Turn] = []
        for (n, raw) in TextLines.split(text).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("{") {
                do {
                    let input = try ClassificationInput.parse(Data(("{\"id\":\"\(n)\"," + line.dropFirst()).utf8))
                    turns.append(Turn(speaker: input.speaker ?? "other", text: input.text))
                } catch {
                    throw CLIError.badLine(file: path, line: n + 1, message: error.description)
                }
            } else if let colon = line.range(of: ": ") {
                turns.append(Turn(speaker: String(line[..<colon.lowerBound]), text: String(line[colon.upperBound...])))
            } else {
                turns.append(Turn(speaker: "other", text: line))
            }
        }
        return turns
    }
}
