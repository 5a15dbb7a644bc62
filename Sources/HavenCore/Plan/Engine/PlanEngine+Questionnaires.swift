import Foundation

extension PlanEngine {
    /// Reads the latest result of each questionnaire (and the one before it, for "stays poor").
    func addQuestionnaireEvidence(_ history: AssessmentHistory, to board: inout EvidenceBoard) {
        for issue in history.issues {
            board.notes.append("History \(issue): skipped; the other lines were used.")
        }
        for (id, latest) in history.latestPerQuestionnaire().sorted(by: { $0.key < $1.key }) {
            guard let questionnaire = try? catalog.questionnaire(id) else {
                board.notes.append("Results of unknown questionnaire '\(id)' were ignored.")
                continue
            }
            if questionnaire.kind == .selfReflection { board.usedSelfReflection = true }
            let day = CalendarDay.string(from: latest.date)
            let previous = history.previous(for: id)
            for flag in questionnaire.flags where latest.flags[flag.id] == true {
                let score = latest.scores[flag.subscale] ?? 0
                let reason = "\(questionnaire.title.resolved()) (\(day)): \(describe(flag.subscale, score, in: questionnaire)). "
                    + flag.meaning.resolved()
                if let step = PlanLibrary.stepForFlag[flag.id] { board.add(reason, to: step) }
                // A contempt score high enough for a referral is handled below, without a duplicate note.
                guard flag.concern, !(flag.subscale == "contempt" && score >= thresholds.contemptFrequentScore) else { continue }
                if let previous, previous.flags[flag.id] == true {
                    board.professional.append(
                        "\(questionnaire.title.resolved()): \(flag.meaning.resolved()) This was so on \(CalendarDay.string(from: previous.date)) and still on \(day).")
                } else {
                    board.notes.append(
                        "\(questionnaire.title.resolved()) (\(day)): \(flag.meaning.resolved()) If this stays the same next time, consider professional support.")
                }
            }
            if let contempt = latest.scores["contempt"], questionnaire.subscale("contempt") != nil,
               contempt >= thresholds.contemptFrequentScore {
                board.professional.append(
                    "\(questionnaire.title.resolved()) (\(day)): you see contempt often (\(format(contempt))). Contempt is the habit most strongly tied to lasting harm, and hard to change alone.")
            }
        }
    }

    /// "Subscale name 2.3 on 1–5".
    func describe(_ subscaleID: String, _ score: Double, in questionnaire: Questionnaire) -> String {
        guard let subscale = questionnaire.subscale(subscaleID) else { return "\(subscaleID) \(format(score))" }
        let range = questionnaire.range(of: subscale)
        return "\(subscale.name.resolved()) \(format(score)) on \(format(range.lowerBound))–\(format(range.upperBound))"
    }

    func format(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
    }
}
