import Foundation
import HavenCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Asks a questionnaire in the terminal (drawn on stderr so stdout stays clean), saving progress
/// after every answer so an unfinished session can be resumed.
struct InteractiveQuestionnaire {
    enum Ending { case finished([Int?]), quit }

    let questionnaire: Questionnaire
    let progressFile: URL
    let locale: String

    func run() throws -> Ending {
        var progress = AssessmentProgress(questionnaire: questionnaire)
        if let saved = AssessmentProgress.load(from: progressFile), saved.matches(questionnaire),
           saved.answers.contains(where: { $0 != nil }) {
            let count = saved.answers.compactMap { $0 }.count
            write("An unfinished \(questionnaire.id) from \(AssessmentText.day(saved.started)) has \(count) of \(questionnaire.itemCount) answers. Resume it? [Y/n] ")
            if readLine()?.lowercased().hasPrefix("n") != true { progress = saved }
        }
        var navigator = AnswerNavigator(questionnaire: questionnaire, progress: progress)
        let original = enableRawMode()
        defer { restore(original) }
        while true {
            draw(navigator)
            guard let key = readKey() else { continue }
            let outcome = navigator.handle(key)
            try navigator.progress.save(to: progressFile)
            switch outcome {
            case .next: continue
            case .finished:
                write("\u{1B}[2J\u{1B}[H")
                return .finished(navigator.progress.answers)
            case .quit:
                write("\r\nSaved. Run the same command again to resume.\r\n")
                return .quit
            }
        }
    }

    private func draw(_ navigator: AnswerNavigator) {
        var screen = "\u{1B}[2J\u{1B}[H"
        screen += "\(questionnaire.title.resolved(for: locale))\r\n"
        screen += "\(questionnaire.notice.resolved(for: locale))\r\n\r\n"
        if let instructions = questionnaire.instructions { screen += "\(instructions.resolved(for: locale))\r\n\r\n" }
        screen += "Item \(navigator.item) of \(questionnaire.itemCount)  (\(navigator.answeredCount) answered)\r\n\r\n"
        screen += "  \(questionnaire.text(forItem: navigator.item, locale: locale) ?? "(answer item \(navigator.item) from your own copy of the questionnaire)")\r\n\r\n"
        let scale = navigator.scale
        for value in scale.min...scale.max {
            let marker = value == navigator.highlighted ? "▶" : " "
            let chosen = navigator.progress.answers[navigator.progress.position] == value ? "  ✓" : ""
            screen += "  \(marker) \(value)  \(scale.label(for: value, locale: locale) ?? "")\(chosen)\r\n"
        }
        screen += "\r\n↑/↓ choose · Enter or a number to answer · ← or b back · s skip · q save and quit\r\n"
        write(screen)
    }

    private func readKey() -> AnswerNavigator.Key? {
        var byte: UInt8 = 0
        guard read(0, &byte, 1) == 1 else { return .quit }
        switch byte {
        case 0x1B:
            var sequence = [UInt8](repeating: 0, count: 2)
            guard read(0, &sequence, 2) == 2, sequence[0] == UInt8(ascii: "[") else { return nil }
            switch sequence[1] {
            case UInt8(ascii: "A"): return .up
            case UInt8(ascii: "B"): return .down
            case UInt8(ascii: "C"): return .confirm
            case UInt8(ascii: "D"): return .back
            default: return nil
            }
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit(Int(byte - UInt8(ascii: "0")))
        case 0x0A, 0x0D: return .confirm
        case 0x7F, 0x08, UInt8(ascii: "b"): return .back
        case UInt8(ascii: "s"): return .skip
        case UInt8(ascii: "q"), 0x03, 0x04: return .quit
        default: return nil
        }
    }

    private func enableRawMode() -> termios {
        var original = termios()
        tcgetattr(0, &original)
        var raw = original
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG)
        tcsetattr(0, TCSAFLUSH, &raw)
        return original
    }

    private func restore(_ original: termios) {
        var original = original
        tcsetattr(0, TCSAFLUSH, &original)
    }

    private func write(_ text: String) {
        writeToStandardError(text)
    }
}
