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

    @Argument(help: "The exported chat: .txt, .zip, .json, .html, .md, .csv or .jsonl.")
    var file: String

    @Option(help: "Force a format instead of detecting it.")
    var format: ImportFormat?

    @Option(help: "Force the order of numeric dates when the file cannot show it.")
    var dateOrder: DateOrder?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Keep only the messages between two people of a group chat.", valueName: "name"))
    var between: [String] = []

    @Flag(help: "Print the full report as JSON (versioned, stable) instead of the summary.")
    var json = false

    @Option(help: ArgumentHelp("Also write a self-contained HTML report to this file.", valueName: "file"))
    var html: String?

    @Flag(help: "Replace names, phone numbers, e-mail addresses and links in every output.")
    var redact = false

    @Flag(help: .hidden)
    var timings = false

    func validate() throws {
        if !between.isEmpty && between.count != 2 {
            throw ValidationError("--between takes exactly two names, e.g. --between Alice Bob.")
        }
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
        progress.status("Reading \(URL(fileURLWithPath: file).lastPathComponent)…")
        var conversation: Conversation
        do {
            conversation = try ConversationReader().read(
                contentsOf: URL(fileURLWithPath: file), format: format, options: ImportOptions(dateOrder: dateOrder))
            if between.count == 2 { conversation = try conversation.between(between[0], between[1]) }
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
        conversation = Conversation(format: conversation.format, messages: [])  // free the messages before rendering
        if redact { report = report.redacted() }
        if let html {
            try write(HTMLReport(report: report).render(), to: html)
        }
        if json {
            let data = try report.jsonData()
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        } else {
            print(AnalysisText(report: report, colour: Terminal.stdoutIsTTY).render())
            if let html { print("\nHTML report written to \(html).") }
        }
        clock.lap("output")
    }

    private func write(_ text: String, to path: String) throws {
        let sink = try OutputSink(path: path)
        sink.writeLine(text)
        do {
            try sink.close()
        } catch {
            sink.abandon()
            throw CLIError.cannotWrite(path)
        }
    }
}
