/// Names and numbers every feature the model reads: one per rule, one per combo, one per rule
/// that also counts while the other person has just complained, a few message and context
/// measures, and the learned word terms.
struct FeatureSpace: Sendable {
    /// Measures of the message and its context that are not rules. Each measure's feature index is `denseStart` plus its position here (its raw value).
    enum Dense: Int, CaseIterable {
        case contextNone
        case contextTension
        case contextComplaint
        case contextQuestion
        case noWords
        case oneWord
        case short
        case long
        case negative
        case positive
        case profanity
        case secondPerson
        case firstPerson
        case shouting
        case exclaim
        case question
        /// A question of at most three words ("Who?", "Right now?", "So?"): often asking for more
        /// rather than refusing; the model learns how much that weighs against the short reply.
        case shortQuestion
        /// A reply of at most three words to a question asked with no complaint or tension in the
        /// air ("fine" after "how was the dentist?"): a short answer, not a refusal.
        case answersSimpleQuestion
        /// The message quotes the other person's last words back at them.
        case echoQuote
        /// The message opens with a bare fragment of the other person's last words ("The marathon.").
        case echoFragment

        /// The measure's feature name, as model files list it.
        var name: String {
            switch self {
            case .contextNone: return "ctx.none"
            case .contextTension: return "ctx.tension"
            case .contextComplaint: return "ctx.complaint"
            case .contextQuestion: return "ctx.question"
            case .noWords: return "msg.no-words"
            case .oneWord: return "msg.one-word"
            case .short: return "msg.short"
            case .long: return "msg.long"
            case .negative: return "msg.negative"
            case .positive: return "msg.positive"
            case .profanity: return "msg.profanity"
            case .secondPerson: return "msg.second-person"
            case .firstPerson: return "msg.first-person"
            case .shouting: return "msg.shouting"
            case .exclaim: return "msg.exclaim"
            case .question: return "msg.question"
            case .shortQuestion: return "msg.short-question"
            case .answersSimpleQuestion: return "ctx.short-answer"
            case .echoQuote: return "contempt.echo-quote"
            case .echoFragment: return "contempt.echo-fragment"
            }
        }

        /// The label whose evidence a measure can be (echoes point at the words they repeat).
        var label: String? {
            switch self {
            case .echoQuote, .echoFragment: return "contempt"
            default: return nil
            }
        }
    }

    private(set) var names: [String] = []
    /// The label each feature starts out counting for (nil for internal rules and for measures,
    /// except the echoes, which count for contempt).
    private(set) var priorLabel: [String?] = []
    /// The weight it starts from for that label.
    private(set) var priorWeight: [Double] = []
    let ruleCount: Int
    let comboCount: Int
    /// Feature index of `rule&tension`, or -1 when the rule has none.
    let tensionFeature: [Int]
    let denseStart: Int
    /// Feature index of the first context cue (`ContextCues.named`, in order).
    let cueStart: Int
    /// Feature index of the first context cross: each context cue, then each of `crossedFlags`,
    /// with each of `crossMeasures` ("ctx.self&msg.negative").
    let crossStart: Int
    /// Feature index of the first word term.
    let termStart: Int

    /// The message measures each context cue is crossed with: what the reply does with what the
    /// other person's turn did (scorn after news, warmth after a feeling).
    static let crossMeasures: [Dense] = [.negative, .positive]  // two: a SIMD2 carries their values
    /// The context flags crossed with the same measures, after the cues.
    static let crossedFlags: [Dense] = [.contextTension, .contextComplaint, .contextQuestion]

    init(rules: [RuleBook.Rule], combos: [RuleBook.Combo], terms: [String] = []) {
        ruleCount = rules.count
        comboCount = combos.count
        names = rules.map(\.id) + combos.map(\.id)
        priorLabel = rules.map(\.label) + combos.map(\.label)
        // A rule the model does not learn (`learned: false`) never has a value, and starts, and stays, at 0.
        priorWeight = rules.map { $0.learned == false ? 0 : $0.prior ?? 3 } + combos.map { _ in 3 }
        var tension: [Int] = []
        for rule in rules {
            if rule.tension == true, rule.learned != false {
                tension.append(names.count)
                names.append(rule.id + "&tension")
                priorLabel.append(rule.label)
                priorWeight.append(rule.tensionPrior ?? 1)
            } else {
                tension.append(-1)
            }
        }
        tensionFeature = tension
        denseStart = names.count
        names += Dense.allCases.map(\.name)
        priorLabel += Dense.allCases.map(\.label)
        priorWeight += Dense.allCases.map { _ in 0 }
        cueStart = names.count
        names += ContextCues.named.map(\.feature)
        priorLabel += ContextCues.named.map { _ in nil }
        priorWeight += ContextCues.named.map { _ in 0 }
        crossStart = names.count
        for context in ContextCues.named.map(\.feature) + FeatureSpace.crossedFlags.map(\.name) {
            for measure in FeatureSpace.crossMeasures {
                names.append(context + "&" + measure.name)
                priorLabel.append(nil)
                priorWeight.append(0)
            }
        }
        termStart = names.count
        names += terms
        priorLabel += terms.map { _ in nil }
        priorWeight += terms.map { _ in 0 }
    }

    /// The feature indices of every context crossed with one message measure.
    func crosses(with measure: Dense) -> Set<Int> {
        guard let j = FeatureSpace.crossMeasures.firstIndex(of: measure) else { return [] }
        let contexts = ContextCues.named.count + FeatureSpace.crossedFlags.count
        return Set((0..<contexts).map { crossStart + $0 * FeatureSpace.crossMeasures.count + j })
    }

    /// Whether a feature is a word term.
    func isTerm(_ feature: Int) -> Bool { feature >= termStart }

    var count: Int { names.count }

    func index(of dense: Dense) -> Int {
        denseStart + dense.rawValue
    }

    func comboFeature(_ c: Int) -> Int { ruleCount + c }
}
