import ArgumentParser
import Foundation
import HavenCore

/// `haven analyze FILE`: reads a chat export and reports on how the two people talk to each other.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse a chat export: signals per person, conflict episodes, reply times and trends.",
        discussion: """
            Formats: \(ImportFormat.allCases.map(\.rawValue).joined(separator: ", ")).
            Prints a summary; --json prints the full versioned report instead, --html writes a report to open in a browser.
            Everything runs on this machine; nothing is sent anywhere.
            """
    )

    @OptionGroup var chat: ChatFileOptions

    @Flag(help: "Print the full report as JSON (versioned, stable) instead of the summary.")
    var json = false

    @Option(help: ArgumentHelp("Also write a self-contained HTML report to this file.", valueName: "file"))
    var html: String?

    @Flag(help: "Replace names, phone numbers, e-mail addresses and links in every output.")
    var redact = false

    @Flag(help: .hidden)
    var timings = false

    func validate() throws {
        if let html {
            let folder = URL(fileURLWithPath: html).deletingLastPathComponent().path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
                FileManager.default.isWritableFile(atPath: folder)
            else { throw ValidationError("cannot write \(html): the folder \(folder) does not exist or is not writable.") }
        }
    }

    func run() throws {
        let clock = PhaseClock(enabled: timings)
        let progress = ProgressBar(title: "Analysing")
        progress.status("Reading \(URL(fileURLWithPath: chat.file).lastPathComponent)…")
        var conversation: Conversation
        do {
            conversation = try chat.read()
        } catch let error as ImportError {
            progress.finish()
            printError(error.description)
            throw ExitCode.failure
        }
        clock.lap("import")
        let engine = try loadEngine()
        var report = ConversationAnalyzer(engine: engine).analyze(conversation) { progress.update($0) }
        progress.finish()
        clock.lap("analysis")
        // Every name, also of people a large group's report counts together, is redacted.
        let names = conversation.participants
        conversation = Conversation(format: conversation.format, messages: [])  // free the messages before rendering
        if redact { report = report.redacted(with: Redactor(participants: names)) }
        if let html {
            try OutputSink.write(Data((HTMLReport(report: report).render() + "\n").utf8), to: html)
        }
        if json {
            let data = try report.jsonData()
            do {
                try FileHandle.standardOutput.write(contentsOf: data + Data("\n".utf8))
            } catch {
                throw CLIError.writeFailed("standard output")
            }
        } else {
            print(AnalysisText(report: report, colour: Terminal.stdoutIsTTY).render())
            if let html { print("\nHTML report written to \(html).") }
        }
        clock.lap("output")
    }
}
