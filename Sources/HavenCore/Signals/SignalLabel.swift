/// What the engine can find in a message: the four behaviours that erode emotional safety and
/// the signs that build it.
public enum SignalLabel: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    case criticism
    case contempt
    case defensiveness
    case stonewalling
    case repair
    case reassurance
    case gentleStartup = "gentle-startup"
    case appreciation
    case validation
    case weTalk = "we-talk"
    case pastDwelling = "past-dwelling"
    case overgeneralization
    case selfSilencing = "self-silencing"
    case incongruence

    /// The four horsemen: criticism, contempt, defensiveness and stonewalling.
    public static let horsemen: [SignalLabel] = [.criticism, .contempt, .defensiveness, .stonewalling]

    /// The labels that `../shared/CODEBOOK.md` defines (and that the Reddit training set carries).
    public static let codebook: [SignalLabel] = [.criticism, .contempt, .defensiveness, .stonewalling, .repair, .reassurance]

    /// True for the four horsemen.
    public var isHorseman: Bool { SignalLabel.horsemen.contains(self) }

    /// Whether the label's learned words are ignored when the message answers a calm question
    /// (`FeatureVector.calmContext`). Defensiveness fends off a complaint (the codebook needs
    /// one), so "i was busy" after a calm "how was your day?" is an answer, not an excuse.
    var wordsNeedSomethingToAnswer: Bool { self == .defensiveness }

    /// True for the signals that wear safety down and come with an antidote.
    public var isHarmful: Bool {
        isHorseman || self == .pastDwelling || self == .overgeneralization || self == .selfSilencing || self == .incongruence
    }

    /// Orders labels as `allCases` lists them.
    public static func < (lhs: SignalLabel, rhs: SignalLabel) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int { SignalLabel.ordered.firstIndex(of: self) ?? 0 }

    /// `allCases` kept once: the synthesised `allCases` builds a new array on every call.
    static let ordered = allCases
}
