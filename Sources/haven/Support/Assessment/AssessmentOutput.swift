import Foundation
import HavenCore

/// The stable `--json` shape of `haven assess`.
struct AssessmentOutput: Encodable {
    struct Band: Encodable {
        let lower: Double
        let upper: Double
        let sem: Double
        let normsStatus: String
    }

    struct Change: Encodable {
        let subscale: String
        let since: Date
        let before: Double
        let after: Double
        let delta: Double
        let rci: Double
        let reliable: Bool
        let direction: String
    }

    struct Attachment: Encodable {
        let closestPrototype: String
        let prototypeIsUncertain: Bool
        let limits: [String]
    }

    let schemaVersion = 1
    let questionnaire: String
    let kind: String
    let date: Date
    let scores: [String: Double]
    let flags: [String: Bool]
    let missing: [String: Int]
    let unscored: [String]
    let bands: [String: Band]
    let attachment: Attachment?
    let trajectory: AttachmentTrajectory?
    let change: [Change]
    let historyIssues: [HistoryIssue]
    let notice: String

    init(report: AssessmentReport) {
        let result = report.result
        questionnaire = result.questionnaireID
        kind = report.questionnaire.kind.rawValue
        date = result.date
        scores = result.scores
        flags = result.flags
        missing = result.missing
        unscored = result.unscored
        bands = report.bands.mapValues {
            Band(lower: $0.band.lower, upper: $0.band.upper, sem: $0.band.standardError, normsStatus: $0.status.rawValue)
        }
        attachment = report.profile.map {
            Attachment(
                closestPrototype: $0.closestPrototype.rawValue, prototypeIsUncertain: $0.prototypeIsUncertain,
                limits: $0.limits)
        }
        trajectory = report.profile == nil ? nil : report.trajectory
        change = report.changes.map {
            Change(
                subscale: $0.subscale, since: report.previous?.date ?? result.date, before: $0.before, after: $0.after,
                delta: $0.delta, rci: $0.index, reliable: $0.isReliable, direction: $0.direction.rawValue)
        }
        historyIssues = report.historyIssues
        notice = report.questionnaire.notice.resolved(for: report.locale)
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Encodes the fixed fields, then each flag again at the top level (`"distressed": true`),
    /// which is the form scripts rely on.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(schemaVersion, forKey: Key("schemaVersion"))
        try c.encode(questionnaire, forKey: Key("questionnaire"))
        try c.encode(kind, forKey: Key("kind"))
        try c.encode(date, forKey: Key("date"))
        try c.encode(scores, forKey: Key("scores"))
        try c.encode(flags, forKey: Key("flags"))
        try c.encode(missing, forKey: Key("missing"))
        try c.encode(unscored, forKey: Key("unscored"))
        try c.encode(bands, forKey: Key("bands"))
        try c.encodeIfPresent(attachment, forKey: Key("attachment"))
        try c.encodeIfPresent(trajectory, forKey: Key("trajectory"))
        try c.encode(change, forKey: Key("change"))
        try c.encode(historyIssues, forKey: Key("historyIssues"))
        try c.encode(notice, forKey: Key("notice"))
        let reserved: Set<String> = [
            "schemaVersion", "questionnaire", "kind", "date", "scores", "flags", "missing", "unscored", "bands",
            "attachment", "trajectory", "change", "historyIssues", "notice",
        ]
        for (flag, raised) in flags where !reserved.contains(flag) {
            try c.encode(raised, forKey: Key(flag))
        }
    }
}
