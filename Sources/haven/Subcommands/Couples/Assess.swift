import ArgumentParser
import Foundation
import HavenCore

/// `haven assess`: answer or score a questionnaire, keep a history, show change over time.
struct Assess: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Answer or score a questionnaire and see how it changed since last time.",
        discussion: """
        Examples:
          haven assess --list
          haven assess haven-security                      (interactive, in a terminal)
          haven assess ecr-r --answers answers.json --json (answers: a JSON array in item order, null = unanswered)
          haven assess csi-4 --answers a.json --history me.jsonl --html report.html
        """)

    @Argument(help: "Questionnaire id (see --list).")
    var questionnaire: String?

    @Flag(help: "List the questionnaires and exit.")
    var list = false

    @Option(help: "A JSON array of answers in item order (null = unanswered), instead of asking interactively.")
    var answers: String?

    @Option(help: "A JSON Lines history file you own; the result is appended and compared with the previous one.")
    var history: String?

    @Option(help: "Write a self-contained HTML page with the anxiety × avoidance plane and the history trail.")
    var html: String?

    @Option(help: "When the answers were given (YYYY-MM-DD); defaults to now.")
    var date: String?

    @Option(help: "Where unfinished interactive answers are kept (default: ~/.local/state/haven/assess-<id>.json).")
    var progress: String?

    @Option(help: "Locale for wording.")
    var locale = "en"

    @Flag(help: "Print machine-readable JSON (schemaVersion 1).")
    var json = false

    func validate() throws {
        if !list && questionnaire == nil { throw ValidationError("Name a questionnaire, or use --list to see them.") }
        if let date, CalendarDay.date(from: date) == nil { throw ValidationError("--date '\(date)' is not a date in the form YYYY-MM-DD.") }
    }

    func run() throws {
        let catalog: QuestionnaireCatalog
        do { catalog = try QuestionnaireCatalog.bundled() } catch { throw Terminal.fail(error) }
        if list {
            for id in catalog.ids {
                guard let q = try? catalog.questionnaire(id) else { continue }
                print("\(id.padding(toLength: 18, withPad: " ", startingAt: 0)) \(q.title.resolved(for: locale)) [\(q.kind.rawValue), \(q.itemCount) items]")
            }
            return
        }
        do {
            let q = try catalog.questionnaire(questionnaire ?? "")
            guard let given = try collectAnswers(for: q) else { return }
            let when = date.flatMap(CalendarDay.date(from:)) ?? Date()
            let result = try QuestionnaireScorer().score(given, for: q, date: when)
            let file = history.map { HistoryFile(url: URL(fileURLWithPath: $0)) }
            let past = try file?.load() ?? AssessmentHistory()
            let report = AssessmentReport(result: result, questionnaire: q, history: past, locale: locale)
            if json {
                print(try Self.json(report))
            } else {
                print(AssessmentText.render(report))
            }
            for issue in past.issues { Terminal.diagnose("warning: \(history ?? "history") \(issue): skipped; the other lines were kept.") }
            try file?.append(result)
            if let html {
                try OutputSink.write(Data(AssessmentPage.render(report).utf8), to: html)
                if !json { Terminal.diagnose("Wrote \(html)") }
            }
        } catch let error as ExitCode {
            throw error
        } catch {
            throw Terminal.fail(error)
        }
    }

    /// The answers from the file, or asked interactively; `nil` when the person quit to resume later.
    private func collectAnswers(for q: Questionnaire) throws -> [Int?]? {
        if let answers { return try AnswerFile.read(URL(fileURLWithPath: answers)) }
        guard Terminal.stdinIsTTY else {
            throw ValidationError("No answers given: pass --answers FILE, or run in a terminal to answer interactively.")
        }
        let file = progress.map { URL(fileURLWithPath: $0) } ?? Self.defaultProgressFile(for: q.id)
        switch try InteractiveQuestionnaire(questionnaire: q, progressFile: file, locale: locale).run() {
        case let .finished(given):
            AssessmentProgress.clear(at: file)
            return given
        case .quit:
            return nil
        }
    }

    static func json(_ report: AssessmentReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(AssessmentOutput(report: report)), as: UTF8.self)
    }

    static func defaultProgressFile(for id: String) -> URL {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_STATE_HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/state")
        return base.appendingPathComponent("haven/assess-\(id).json")
    }
}
