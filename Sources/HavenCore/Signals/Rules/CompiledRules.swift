import Foundation

/// The rule book compiled for matching: vocabulary, word sets, patterns indexed by first word,
/// and the lexicons the features read (valence and profanity).
struct CompiledRules: Sendable {
    var vocabulary: Vocabulary
    var rules: [RuleBook.Rule]
    var ruleGuards: [RuleGuards]
    var combos: [RuleBook.Combo]
    var sets: [WordSet]
    var patterns: [CompiledPattern]
    /// For each symbol id, the rules it triggers.
    var rulesBySymbol: [Int32: [Int32]]
    /// VADER valence per vocabulary id (0 when the word has none).
    var valence: [Float]
    /// Whether a vocabulary id is a profanity.
    var profanity: WordSet
    /// Words that negate what follows in their clause.
    var negators: WordSet
    /// Verbs that make "never" praise: "you never disappoint", "you never complain".
    var praiseWhenNegated: WordSet
    /// Verbs that introduce reported speech.
    var reportingVerbs: WordSet
    /// Pronouns whose reported speech is still the speaker's own ("I told you…").
    var ownVoice: WordSet
    /// Auxiliaries that open a yes/no question.
    var auxiliaries: WordSet
    /// Words that make a question rhetorical ("do you ever listen").
    var rhetorical: WordSet
    /// Verbs that, followed by "to", make a question rhetorical ("do you always have to…").
    var obligation: WordSet
    /// Words that pass a verdict on the listener (traits, insults, faults) and so make a question
    /// about a habit loaded: "are you always this rude?", "do you always lie to me?".
    var verdictWords: WordSet
    /// The word "like": "are you always like this?" is a verdict, not a question of fact.
    var likeWord: Int32
    /// "this" and "that", which after "like" make a question about a habit a verdict.
    var thisOrThat: WordSet
    /// The id of "to".
    var toWord: Int32
    /// Second-person words, first-person words, laughter.
    var secondPerson: WordSet
    /// Words that name someone not in the conversation ("he", "my boss").
    var thirdPerson: WordSet
    var firstPerson: WordSet
    /// Function words per language code, English first.
    var languageWords: [(code: String, words: WordSet)]

    /// Rule index by id, for combos and `unless`.
    var ruleIndex: [String: Int]
    /// For each rule, the indices of rules or combos whose firing cancels it (combos offset by rule count).
    var unlessIndices: [[Int]]
    /// For each rule, whether its `unless` rules cancel it only within their own clause.
    var unlessInClause: [Bool]
    /// The rules that are enough for their label on their own (`definite`).
    var definite: [DefiniteRule]
    /// The rules that rule labels out (`rulesOut`), in rule order.
    var rulingOut: [RulingOutRule]
    /// Words that make a question about a habit a question about people (`personal-after`):
    /// "do you ever think about anyone but yourself?".
    var personalTopic: WordSet

    /// A `definite` rule, resolved: the label it reports (index in `SignalLabel.ordered`) and
    /// what leaves it to the learned score.
    struct DefiniteRule: Sendable {
        var rule: Int
        var label: Int
        var unless: [Int]
        var unlessOtherLaughed: Bool
    }

    /// A rule with `rulesOut`, resolved: the labels (indices in `SignalLabel.ordered`) it rules out.
    struct RulingOutRule: Sendable {
        var rule: Int
        var labels: [Int]
    }

    /// The name `definiteUnless` uses for "one of the other person's last two turns laughed".
    static let otherLaughed = "ctx.other-laughed"

    struct RuleGuards: Sendable {
        var negation = true
        var reported = true
        var quoted = true
        var positiveAfter = false
        var negativeAfter = false
        var factQuestion = false
        var loadedQuestion = false
        var thirdParty = false
        var personalAfter = false
    }
}
