/// Names and numbers every feature the model reads: one per rule, one per combo, one per rule
/// that also counts while the other person has just complained, a few message and context
/// measures, and the learned word terms.
struct FeatureSpace: Sendable {
    /// Measures of the message and its context that are not rules.
    enum Dense: String, CaseIterable {
        case contextNone = "ctx.none"
        case contextTension = "ctx.tension"
        case contextComplaint = "ctx.complaint"
        case contextQuestion = "ctx.question"
        case noWords = "msg.no-words"
        case oneWord = "msg.one-word"
        case short = "msg.short"
        case long = "msg.long"
        case negative = "msg.negative"
        case positive = "msg.positive"
        case profanity = "msg.profanity"
        case secondPerson = "msg.second-person"
        case firstPerson = "msg.first-person"
        case shouting = "msg.shouting"
        case exclaim = "msg.exclaim"
        case question = "msg.question"
        /// A question of at most three words ("Who?", "Right now?", "So?"): often asking for more
        /// rather than refusing; the model learns how much that weighs against the short reply.
        case shortQuestion = "msg.short-question"
        /// A reply of at most three words to a question asked with no complaint or tension in the
        /// air ("fine" after "how was the dentist?"): a short answer, not a refusal.
        case answersSimpleQuestion = "ctx.short-answer"
        /// The message quotes the other person's last words back at them.
        case echoQuote = "contempt.echo-quote"
        /// The message opens with a bare fragment of the other person's last words ("The marathon.").
        case echoFragment = "contempt.echo-fragment"

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
        priorWeight = rules.map { $0.prior ?? 3 } + combos.map { _ in 3 }
        var tension: [Int] = []
        for rule in rules {
            if rule.tension == true {
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
        names += Dense.allCases.map(\.rawValue)
        priorLabel += Dense.allCases.map(\.label)
        priorWeight += Dense.allCases.map { _ in 0 }
        cueStart = names.count
        names += ContextCues.named.map(\.feature)
        priorLabel += ContextCues.named.map { _ in nil }
        priorWeight += ContextCues.named.map { _ in 0 }
        crossStart = names.count
        for context in ContextCues.named.map(\.feature) + FeatureSpace.crossedFlags.map(\.rawValue) {
            for measure in FeatureSpace.crossMeasures {
                names.append(context + "&" + measure.rawValue)
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

    /// `Dense.allCases` kept once: the synthesised `allCases` builds a new array on every call.
    private static let denseOrder = Dense.allCases

    func index(of dense: Dense) -> Int {
        denseStart + FeatureSpace.denseOrder.firstIndex(of: dense)!
    }

    func comboFeature(_ c: Int) -> Int { ruleCount + c }
}
