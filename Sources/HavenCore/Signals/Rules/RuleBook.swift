/// The curated rules behind the engine, as stored in `Resources/Signals/rules.json`.
///
/// A rule names a feature: a set of word patterns that, when one matches, is evidence for a label.
/// The learned model then weighs every feature for every label.
public struct RuleBook: Sendable, Codable {
    /// Named classes of words or phrases, used in patterns as `@NAME`.
    public var classes: [String: [String]]
    /// Aliases from chat spelling to the word it stands for ("u" → "you").
    public var aliases: [String: String]
    /// The rules, in the order their features are numbered.
    public var rules: [Rule]
    /// Rules that fire when other rules (or message and context flags) fire together.
    public var combos: [Combo]

    /// One rule: patterns that are evidence for a label.
    public struct Rule: Sendable, Codable {
        /// A stable id such as `criticism.always-never`; also the feature's name.
        public var id: String
        /// The label this rule is evidence for, or an internal one (`complaint`, `counter`).
        public var label: String
        /// A sentence for people, where `{evidence}` stands for the matched words.
        public var explain: String?
        /// Word patterns (see `docs/RULES.md` for the syntax).
        public var patterns: [String]
        /// Emoji or symbols that trigger the rule on their own.
        public var symbols: [String]?
        /// Checks that cancel a match: `negation`, `reported`, `quoted`, `positive-after`,
        /// `negative-after`, `fact-question`, `loaded-question`, `third-party`, `personal-after`. Defaults to
        /// `negation`, `reported`, `quoted`.
        public var guards: [String]?
        /// When true the model also gets a feature for this rule firing while the other person
        /// has just complained or attacked (the turns before carry tension).
        public var tension: Bool?
        /// The weight this rule starts from for its own label before training (default 3).
        public var prior: Double?
        /// The starting weight of its `&tension` feature (default 1).
        public var tensionPrior: Double?
        /// When true the rule also fires, with the whole message as evidence, on a reply of at most
        /// two words or none at all ("busy", "👍", "...").
        public var minimalReply: Bool?
        /// A context the rule needs to count at all: `tension` (the turns before carry a complaint,
        /// an attack or a pressing bid), `complaint` (the other person just complained) or `calm`
        /// (there are turns before, none carries a complaint, tension, a bid or a pointed remark,
        /// and the other person's last turn is not a question).
        public var requires: String?
        /// Rule or combo ids whose firing cancels this rule (a break with a time to come back is
        /// not stonewalling).
        public var unless: [String]?
        /// Whether an `unless` rule cancels this rule only in the clause where it fires (clauses
        /// end at `,;:` and at sentence ends): "you never let me down at work" excuses its own
        /// clause, not "but you always ignore me" after the comma. Otherwise (the default) it
        /// cancels the rule anywhere in the message.
        public var unlessInClause: Bool?
        /// When true the rule is enough for its label on its own: when it fires (its guards
        /// passed) and nothing in `definiteUnless` fires, the label is reported even if the
        /// learned score stays under the threshold, and its score is raised to the threshold.
        /// For the textbook cases the codebook names first ("you idiot", "you're so dumb"), which
        /// learned words must not outvote.
        public var definite: Bool?
        /// Rule ids, or `ctx.other-laughed` (one of the other person's last two turns laughed), whose
        /// firing leaves a `definite` rule to the learned score alone: play, self-talk, a third
        /// party, warm words.
        public var definiteUnless: [String]?
        /// Labels this rule rules out: when it fires (its guards passed) and no rule of such a
        /// label fires outside its words, the label is not reported and its score is lowered to
        /// just under the threshold, whatever the learned words say. For the look-alikes whose
        /// words the training lines only ever saw in the label ("do you ever think about having
        /// kids?" against "do you ever think about anyone but yourself?").
        public var rulesOut: [String]?
        /// When false the model gets no feature for this rule: it only reports its label
        /// (`definite`) or rules labels out (`rulesOut`), so adding it or changing its patterns
        /// leaves `haven train`'s fit as it was. No combo or `unless` may name such a rule.
        /// Defaults to true.
        public var learned: Bool?
    }

    /// A feature that fires when all of `all` and at least one of `any` fired.
    public struct Combo: Sendable, Codable {
        /// The combo's id, also its feature name.
        public var id: String
        /// The label it is evidence for.
        public var label: String
        /// A sentence for people, where `{evidence}` stands for the matched words.
        public var explain: String?
        /// Rule ids, or the flags `msg.negative`, `msg.addressed`, `msg.not-positive`, `msg.question`,
        /// `ctx.tension`, `ctx.complaint`, `ctx.no-laughter`, that must all fire.
        public var all: [String]
        /// Rule ids or flags of which at least one must fire (empty: no such condition).
        public var any: [String]?
    }
}
