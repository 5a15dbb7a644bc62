import Foundation

/// Finds what erodes and what builds emotional safety in one message read with the turns
/// before it.
///
/// Deterministic, offline and fast: curated rules find candidate evidence, a learned linear
/// model weighs it, and every finding points at the words behind it. Create one engine and
/// share it: it is immutable and safe to use from many threads.
public final class SignalEngine: Sendable {
    let compiled: CompiledRules
    let tokenizer: Tokenizer
    let matcher: RuleMatcher
    let space: FeatureSpace
    let extractor: FeatureExtractor
    let model: DenseLinearModel
    let languageGuess: LanguageGuess
    /// What the engine was built from, to build it again with other word terms (training).
    private let sources: (rules: RuleBook, valenceLexicon: String, profanityList: String)

    /// Creates an engine from a rule book, an optional trained model and the lexicons.
    ///
    /// - Parameters:
    ///   - rules: the curated rules.
    ///   - model: trained weights; `nil` uses each rule's prior weight. The model's word terms
    ///     (`w:` weights) become features.
    ///   - valenceLexicon: VADER's lexicon text.
    ///   - profanityList: one profanity per line.
    /// - Throws: `RuleBookError` when a rule is malformed.
    public convenience init(rules: RuleBook, model: LinearModel?, valenceLexicon: String, profanityList: String) throws {
        try self.init(rules: rules, model: model, terms: model?.termNames ?? [], commonWords: model?.commonWords ?? [],
                      valenceLexicon: valenceLexicon, profanityList: profanityList)
    }

    private init(rules: RuleBook, model: LinearModel?, terms: [String], commonWords: [String],
                 valenceLexicon: String, profanityList: String) throws {
        sources = (rules, valenceLexicon, profanityList)
        compiled = try CompiledRules(book: rules, valenceLexicon: valenceLexicon, profanityList: profanityList,
                                     extraWords: LexicalTerms.words(of: terms) + SignalEngine.structuralWords)
        tokenizer = Tokenizer(vocabulary: compiled.vocabulary)
        let compiled = compiled
        // The matcher's tables and the word features are independent: build them side by side.
        let space = FeatureSpace(rules: rules.rules, combos: rules.combos, terms: terms)
        (matcher, (extractor, self.model)) = concurrently({ RuleMatcher(compiled: compiled) }, {
            (FeatureExtractor(compiled: compiled, space: space, terms: LexicalTerms(names: terms, commonWords: Set(commonWords), vocabulary: compiled.vocabulary)),
             DenseLinearModel(model: model, space: space))
        })
        self.space = space
        languageGuess = LanguageGuess(languages: compiled.languageWords)
    }

    /// A copy of an engine that scores with another copy of its model (other thresholds).
    init(_ engine: SignalEngine, model: DenseLinearModel) {
        sources = engine.sources
        compiled = engine.compiled
        tokenizer = engine.tokenizer
        matcher = engine.matcher
        space = engine.space
        extractor = engine.extractor
        self.model = model
        languageGuess = engine.languageGuess
    }

    /// The same rules with another set of word terms and no trained weights (for training).
    func withTerms(_ terms: [String], commonWords: [String] = []) throws -> SignalEngine {
        try SignalEngine(rules: sources.rules, model: nil, terms: terms, commonWords: commonWords, valenceLexicon: sources.valenceLexicon, profanityList: sources.profanityList)
    }

    /// The engine built from the rules, model and lexicons shipped in HavenCore's resources.
    ///
    /// - Throws: `RuleBookError.missingResource` when the bundle is incomplete, `ModelFileError`
    ///   when its model file is damaged.
    public static func standard() throws -> SignalEngine {
        try standardEngine.get()
    }

    private static let standardEngine: Result<SignalEngine, Error> = Result {
        let resources = try HavenResources()
        return try SignalEngine(
            rules: try resources.decode(RuleBook.self, "Signals/rules.json"),
            // No model file is a bootstrap state (`haven train` writes one); a damaged one is an error.
            model: try resources.dataIfPresent("Signals/model.json").map { data throws(ModelFileError) in
                try LinearModel(reading: data, file: "Signals/model.json")
            },
            valenceLexicon: try resources.text("Lexicons/vader_lexicon.txt"),
            profanityList: try resources.text("Lexicons/profanity_wordlist.txt"))
    }

    /// Summarises a turn for use as context of later messages; reuse summaries when scanning a
    /// whole conversation instead of passing the same turns again and again.
    ///
    /// - Parameter turn: the earlier turn.
    /// - Returns: whether it complained, carried tension or asked a question.
    public func summarize(_ turn: Turn) -> TurnSummary {
        let tokens = tokenizer.tokenize(turn.text)
        return extractor.summarize(tokens, hits: matcher.match(tokens), speaker: turn.speaker)
    }

    /// Analyses one message.
    ///
    /// - Parameters:
    ///   - text: the message.
    ///   - speaker: who wrote it, when known; tells the engine which earlier turns are the other person's.
    ///   - context: the turns before it, oldest first (the last three are read).
    /// - Returns: labels, scores and findings with evidence.
    public func analyze(_ text: String, speaker: String? = nil, context: [Turn] = []) -> SignalResult {
        analyze(text, speaker: speaker, contextSummaries: context.suffix(3).map(summarize))
    }

    /// Analyses one message and summarises it for the messages after it, reading it once: the
    /// fast path for scanning a whole conversation.
    ///
    /// - Parameters:
    ///   - text: the message.
    ///   - speaker: who wrote it.
    ///   - contextSummaries: summaries of the turns before it, oldest first.
    /// - Returns: what was found, and the message's own summary as context for the next ones.
    public func analyzeAndSummarize(_ text: String, speaker: String, contextSummaries: [TurnSummary]) -> (result: SignalResult, summary: TurnSummary) {
        let (result, summary) = run(text, speaker: speaker, contextSummaries: contextSummaries, summarizing: true)
        return (result, summary!)
    }

    /// Analyses one message whose context is already summarised.
    ///
    /// - Parameters:
    ///   - text: the message.
    ///   - speaker: who wrote it, when known.
    ///   - contextSummaries: summaries of the turns before it, oldest first.
    /// - Returns: labels, scores and findings with evidence.
    public func analyze(_ text: String, speaker: String?, contextSummaries: [TurnSummary]) -> SignalResult {
        run(text, speaker: speaker, contextSummaries: contextSummaries, summarizing: false).result
    }

    /// Reads a message once: tokens, rule hits, then the scores and, when asked, its summary.
    private func run(_ text: String, speaker: String?, contextSummaries: [TurnSummary], summarizing: Bool) -> (result: SignalResult, summary: TurnSummary?) {
        var text = text
        return text.withUTF8 { bytes in
            let tokens = tokenizer.tokenize(bytes: bytes)
            let hits = matcher.match(tokens)
            let summary = summarizing ? extractor.summarize(tokens, hits: hits, speaker: speaker ?? "") : nil
            let language = language(of: tokens, bytes: bytes)
            guard language == "en" else {
                return (SignalResult(labels: [], scores: [:], findings: [], language: language, isSupported: false), summary)
            }
            let flags = ContextFlags(summaries: contextSummaries, speaker: speaker)
            return (score(extractor.features(of: tokens, hits: hits, context: flags), tokens: tokens, bytes: bytes), summary)
        }
    }
}

extension SignalEngine {
    /// The language of a tokenized message, as `analyze` decides it ("en" is the one supported).
    func language(of tokens: TokenizedText, bytes: UnsafeBufferPointer<UInt8>) -> String {
        languageGuess.language(of: tokens, source: tokens.otherLetters > 0 ? String(decoding: bytes, as: UTF8.self) : "")
    }

    /// The features the model reads for an input, whatever its language (training reads every example).
    func featureVector(for input: ClassificationInput) -> FeatureVector {
        features(of: tokenizer.tokenize(input.text), speaker: input.speaker, context: input.context)
    }

    /// A message's features as the model reads them, or `nil` when it is not in a supported language.
    func features(of text: String, speaker: String?, context: [Turn]) -> FeatureVector? {
        var text = text
        return text.withUTF8 { bytes in
            let tokens = tokenizer.tokenize(bytes: bytes)
            guard language(of: tokens, bytes: bytes) == "en" else { return nil }
            return features(of: tokens, speaker: speaker, context: context)
        }
    }

    /// The features of tokenized text read after the last three turns of its context.
    private func features(of tokens: TokenizedText, speaker: String?, context: [Turn]) -> FeatureVector {
        extractor.features(of: tokens, hits: matcher.match(tokens), context: ContextFlags(summaries: context.suffix(3).map(summarize), speaker: speaker))
    }

    /// Words the context cues, echo fillers and brush-off replies look for. They always get a
    /// vocabulary id, so those features read the same whatever word terms a model keeps.
    static var structuralWords: [String] {
        ContextCueFinder.words + EchoDetector.fillerWords + FeatureExtractor.brushOffWordList
    }
}
