import Foundation

extension AnalysisReport {
    /// The report with participants' names replaced by aliases and names, phone numbers,
    /// e-mail addresses and links removed from every text it quotes.
    ///
    /// - Parameter redactor: The redactor; by default one built from the report's participants.
    ///   For a large group whose quietest people were counted together, build it from every
    ///   name in the conversation (``Conversation/participants``): the report no longer lists
    ///   the folded names, and they must still be removed from the examples' texts.
    /// - Returns: The redacted report, marked ``redacted``. The "everyone else" entry keeps its
    ///   name, which names nobody.
    public func redacted(with redactor: Redactor? = nil) -> AnalysisReport {
        let redactor = redactor ?? Redactor(participants: participants.map(\.name).filter { !ReportTexts.isEveryoneElse($0) })
        let name = { (text: String) in ReportTexts.isEveryoneElse(text) ? text : redactor.alias(for: text) }
        var report = self
        report.redacted = true
        report.warnings = warnings.map(redactor.redact)
        for i in report.participants.indices { report.participants[i].name = name(participants[i].name) }
        report.timeline.weekly = timeline.weekly.map { Self.redact($0, name) }
        report.timeline.monthly = timeline.monthly.map { Self.redact($0, name) }
        report.examples = examples.map { example in
            var copy = example
            copy.name = name(example.name)
            (copy.text, copy.evidence) = redactor.redact(example.text, evidence: example.evidence)
            copy.explanation = redactor.redact(example.explanation)
            return copy
        }
        for i in report.conflict.people.indices { report.conflict.people[i].name = name(conflict.people[i].name) }
        for i in report.conflict.list.indices {
            report.conflict.list[i].startedBy = name(conflict.list[i].startedBy)
            report.conflict.list[i].firstRepairBy = conflict.list[i].firstRepairBy.map(name)
        }
        for i in report.timing.people.indices { report.timing.people[i].name = name(timing.people[i].name) }
        for i in report.trends.indices where trends[i].scope != "couple" { report.trends[i].scope = name(trends[i].scope) }
        return report
    }

    private static func redact(_ period: PeriodSummary, _ name: (String) -> String) -> PeriodSummary {
        var copy = period
        for i in copy.people.indices { copy.people[i].name = name(period.people[i].name) }
        return copy
    }
}
