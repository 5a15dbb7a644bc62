import ArgumentParser
import Foundation
import HavenCore

/// `haven plan`: next steps from the latest questionnaire results and, optionally, a chat analysis.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Recommend next steps, each with the measurement behind it and a concrete exercise.",
        discussion: """
        Examples:
          haven plan --history me.jsonl
          haven plan --history me.jsonl --analysis chat-analysis.json --participant Sam --json
        Never a diagnosis: the plan says what the scores can and cannot tell.
        """)

    @Option(help: "Your JSON Lines history file (from `haven assess --history`).")
    var history: String?

    @Option(help: "The JSON written by `haven analyze --json`.")
    var analysis: String?

    @Option(help: "Your name as it appears in the chat, so the plan reads your own habits.")
    var participant: String?

    @Option(name: .customLong("safety-concern"), help: "A safety concern for you: self-harm, violence or coercive-control (repeatable).")
    var safetyConcerns: [String] = []

    @Flag(help: "Print machine-readable JSON (schemaVersion 1).")
    var json = false

    func validate() throws {
        if history == nil && analysis == nil {
            throw ValidationError("Give --history FILE, --analysis FILE, or both.")
        }
    }

    func run() throws {
        do {
            let known: Set<String> = ["self-harm", "violence", "coercive-control"]
            for concern in safetyConcerns where !known.contains(concern) {
                // Still treated as a concern: when in doubt, err on the side of safety.
                Terminal.diagnose("warning: unknown safety concern '\(concern)' (known: coercive-control, self-harm, violence); treated as a concern.")
            }
            let catalog = try QuestionnaireCatalog.bundled()
            let past = try history.map { try HistoryFile(url: URL(fileURLWithPath: $0)).load() } ?? AssessmentHistory()
            let chat = try analysis.map { try ChatAnalysisSummary.read(URL(fileURLWithPath: $0)) }
            let input = PlanInput(
                history: past, analysis: chat, participant: participant, safetyConcerns: Set(safetyConcerns))
            let plan = try PlanEngine(catalog: catalog).makePlan(input)
            for issue in past.issues { Terminal.diagnose("warning: \(history ?? "history") \(issue): skipped; the other lines were kept.") }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(plan), as: UTF8.self))
            } else {
                print(PlanText.render(plan))
            }
        } catch let error as ExitCode {
            throw error
        } catch {
            throw Terminal.fail(error)
        }
    }
}
