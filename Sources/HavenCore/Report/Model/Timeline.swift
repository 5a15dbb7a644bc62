import Foundation

/// Signal counts per calendar week and per calendar month.
public struct Timeline: Sendable, Codable, Hashable {
    /// Weeks (Monday to Sunday) that held at least one message, oldest first.
    public var weekly: [PeriodSummary]
    /// Calendar months that held at least one message, oldest first.
    public var monthly: [PeriodSummary]

    /// Creates a timeline.
    ///
    /// - Parameters:
    ///   - weekly: The weeks, oldest first.
    ///   - monthly: The months, oldest first.
    public init(weekly: [PeriodSummary], monthly: [PeriodSummary]) {
        self.weekly = weekly
        self.monthly = monthly
    }
}

/// One week or month: everyone's counts together and each person's.
public struct PeriodSummary: Sendable, Codable, Hashable {
    /// The period: "2021-03" for a month, the Monday "2021-03-01" for a week.
    public var period: String
    /// The first moment of the period.
    public var start: Date
    /// Everyone together (labels with no message left out).
    public var couple: SignalCounts
    /// Each person, in the order of ``AnalysisReport/participants`` (labels with no message left out).
    public var people: [PeriodPerson]

    /// Creates a period.
    ///
    /// - Parameters:
    ///   - period: Its name ("2021-03" or "2021-03-01").
    ///   - start: Its first moment.
    ///   - couple: Everyone's counts.
    ///   - people: Each person's counts.
    public init(period: String, start: Date, couple: SignalCounts, people: [PeriodPerson]) {
        self.period = period
        self.start = start
        self.couple = couple
        self.people = people
    }
}

/// One person's counts in one period.
public struct PeriodPerson: Sendable, Codable, Hashable {
    /// The person's name (or alias).
    public var name: String
    /// Their counts in the period.
    public var counts: SignalCounts

    /// Creates a person's period counts.
    ///
    /// - Parameters:
    ///   - name: The person's name.
    ///   - counts: Their counts.
    public init(name: String, counts: SignalCounts) {
        self.name = name
        self.counts = counts
    }
}
