/// Turns a tokenized message, its rule hits and its context into the model's features.
struct FeatureExtractor: Sendable {
    let compiled: CompiledRules
    let space: FeatureSpace
    let terms: LexicalTerms
    let complaintRules: [Bool]
    let tenseRules: [Bool]
    /// Rule indices of laughter and of music, which turn teasing into banter and quoting.
    let laughterRule: Int?
    /// Rules that mark a turn as a bid for connection or for talking.
    let bidRules: [Bool]
    let musicRule: Int?
    /// For each rule, whether it is a stonewalling rule (which also counts after a bid).
    let stonewallingRules: [Bool]
    /// For each rule, whether it is one of the four horsemen's.
    let horsemanRules: [Bool]
    /// Per rule: whether it is `definite` (enough for its label on its own).
    let isDefinite: [Bool]
    /// Per rule: whether it rules a label out (`rulesOut`).
    let isRulingOut: [Bool]
    /// Per rule: whether the model has a feature for it (not `learned: false`).
    let isLearned: [Bool]
    /// Per rule: its label's index in `SignalLabel.ordered`, or -1 for `counter`, `complaint`, ….
    let ruleLabel: [Int]

    /// Combos with their names resolved to rule indices and flags once, at start-up.
    let combos: [CompiledCombo]
    /// For each rule, the context it requires to count.
    let requirements: [Requirement]
    /// Rules that fire on replies of at most two words.
    let minimalReplyRules: [Int]
    /// Per word id: bit 0 profanity, bit 1 second person, bit 2 first person.
    let wordFlags: [UInt8]
    /// Spots replies that repeat the other person's words back at them.
    let echoes: EchoDetector
    /// Finds what the other person's last turn did to the one answering it.
    let cueFinder: ContextCueFinder
    /// Ids of `brushOffWordList`.
    let brushOffWords: Set<Int32>

    enum Requirement { case none, tension, complaint, calm }

    init(compiled: CompiledRules, space: FeatureSpace, terms: LexicalTerms) {
        self.compiled = compiled
        self.space = space
        self.terms = terms
        let complaintLabels: Set<String> = ["criticism", "contempt", "complaint", "overgeneralization", "past-dwelling"]
        // Only strong, context-free rules make an earlier turn a complaint or tense: weak cues
        // and rules that themselves need context would let tension feed on itself.
        // A rule the model does not learn says nothing about the turns after it either.
        func strong(_ rule: RuleBook.Rule) -> Bool {
            rule.learned != false && rule.requires == nil && (rule.label == "complaint" || (rule.prior ?? 3) >= 1)
        }
        complaintRules = compiled.rules.map { complaintLabels.contains($0.label) && strong($0) }
        tenseRules = compiled.rules.map { (complaintLabels.contains($0.label) || $0.label == "defensiveness" || $0.label == "stonewalling") && strong($0) }
        laughterRule = compiled.ruleIndex["counter.laughter"]
        bidRules = compiled.rules.map { $0.label == "bid" }
        musicRule = compiled.ruleIndex["counter.song-title"]
        let horsemen = Set(SignalLabel.horsemen.map(\.rawValue))
        horsemanRules = compiled.rules.map { horsemen.contains($0.label) }
        isDefinite = compiled.rules.map { $0.definite == true }
        isRulingOut = compiled.rules.map { $0.rulesOut != nil }
        isLearned = compiled.rules.map { $0.learned != false }
        ruleLabel = compiled.rules.map { rule in SignalLabel.ordered.firstIndex { $0.rawValue == rule.label } ?? -1 }
        stonewallingRules = compiled.rules.map { $0.label == "stonewalling" }
        minimalReplyRules = compiled.rules.indices.filter { compiled.rules[$0].minimalReply == true }
        combos = compiled.combos.map { CompiledCombo($0, ruleIndex: compiled.ruleIndex) }
        requirements = compiled.rules.map { rule in
            switch rule.requires {
            case "tension": .tension
            case "complaint": .complaint
            case "calm": .calm
            default: .none
            }
        }
        echoes = EchoDetector(vocabulary: compiled.vocabulary)
        cueFinder = ContextCueFinder(vocabulary: compiled.vocabulary)
        brushOffWords = compiled.vocabulary.knownIDs(of: FeatureExtractor.brushOffWordList)
        wordFlags = (0..<compiled.vocabulary.count).map { i in
            let id = Int32(i)
            return (compiled.profanity.contains(id) ? 1 : 0) | (compiled.secondPerson.contains(id) ? 2 : 0) | (compiled.firstPerson.contains(id) ? 4 : 0)
        }
    }

    /// Whether one of a hit's `unless` rules fired: anywhere in the message, or, for a rule whose
    /// `unless` holds only within a clause, in the hit's own clause (looked up in `ruleClauses`,
    /// made once per message by ``ruleClauses(of:fired:in:)``).
    func isCancelled(_ hit: RuleHit, fired: [Bool], ruleClauses: Set<Int>, in text: TokenizedText) -> Bool {
        let r = Int(hit.rule)
        let cancellers = compiled.unlessIndices[r]
        guard cancellers.contains(where: { fired[$0] }) else { return false }
        guard compiled.unlessInClause[r] else { return true }
        let clause = Int(text.clause(ofToken: hit.firstToken))
        return cancellers.contains { ruleClauses.contains(Self.ruleClauseKey(rule: $0, clause: clause)) }
    }

    /// Each hit's rule and clause, as keys for ``isCancelled(_:fired:ruleClauses:in:)``: looking a
    /// canceller up there instead of in every hit keeps a message with thousands of hits from
    /// costing the square of their number. Empty (and not worked out) when no hit's `unless`
    /// holds within a clause while one of its cancellers fired, the usual case.
    func ruleClauses(of hits: [RuleHit], fired: [Bool], in text: TokenizedText) -> Set<Int> {
        let needed = hits.contains { hit in
            let r = Int(hit.rule)
            return compiled.unlessInClause[r] && compiled.unlessIndices[r].contains { fired[$0] }
        }
        guard needed else { return [] }
        return Set(hits.map { Self.ruleClauseKey(rule: Int($0.rule), clause: Int(text.clause(ofToken: $0.firstToken))) })
    }

    private static func ruleClauseKey(rule: Int, clause: Int) -> Int { rule << 32 | clause }

    /// Simple measures of a message.
    struct Measures {
        var negative: Float = 0
        var positive: Float = 0
        var profanity = 0
        var secondPerson = 0
        var firstPerson = 0
    }

    func measures(of text: TokenizedText) -> Measures {
        var m = Measures()
        compiled.valence.withUnsafeBufferPointer { valence in
            wordFlags.withUnsafeBufferPointer { flags in
                for id in text.wordIDs where id != Vocabulary.unknown {
                    let v = valence[Int(id)]
                    if v < 0 { m.negative -= v } else { m.positive += v }
                    let f = flags[Int(id)]
                    if f != 0 {
                        m.profanity += Int(f & 1)
                        m.secondPerson += Int((f >> 1) & 1)
                        m.firstPerson += Int((f >> 2) & 1)
                    }
                }
            }
        }
        return m
    }

    /// Summarises an earlier turn for use as context.
    func summarize(_ text: TokenizedText, hits rawHits: [RuleHit], speaker: String) -> TurnSummary {
        let m = measures(of: text)
        // A rule cancelled by its `unless` rules says nothing about the turn ("see you again soon").
        var hits = rawHits
        if rawHits.contains(where: { !compiled.unlessIndices[Int($0.rule)].isEmpty }) {
            var fired = Array(repeating: false, count: compiled.rules.count + compiled.combos.count)
            for hit in rawHits { fired[Int(hit.rule)] = true }
            let clauses = ruleClauses(of: rawHits, fired: fired, in: text)
            hits = rawHits.filter { !isCancelled($0, fired: fired, ruleClauses: clauses, in: text) }
        }
        let addressed = m.secondPerson > 0
        // A turn aimed at "you" with clearly negative words reads as a complaint even when no
        // complaint pattern matched ("you spent three hundred pounds without asking").
        let complaint = hits.contains { complaintRules[Int($0.rule)] } || (addressed && (m.negative >= 2 || m.profanity > 0))
        let tense = complaint || hits.contains { tenseRules[Int($0.rule)] }
            || (addressed && (m.negative >= 3 || m.profanity > 0 || text.shoutingWords >= 2))
        let laughing = hits.contains { Int($0.rule) == laughterRule }
        let bid = hits.contains { bidRules[Int($0.rule)] }
        var summary = TurnSummary(speaker: speaker, isComplaint: complaint, isTense: tense, isQuestion: text.sentenceIsQuestion.last ?? false,
                                  isLaughing: laughing, isBid: bid, cues: cueFinder.cues(of: text, secondPersonWords: m.secondPerson))
        summary.wordHashes = Array(text.wordHashes.prefix(64))
        return summary
    }

    /// The features of a message.
    func features(of text: TokenizedText, hits rawHits: [RuleHit], context: ContextFlags) -> FeatureVector {
        let m = measures(of: text)
        var rawHits = rawHits
        if text.wordCount <= 2, !text.tokens.isEmpty, !isEngagedQuestion(text) {
            for r in minimalReplyRules {
                rawHits.append(RuleHit(rule: Int32(r), firstToken: 0, lastToken: Int32(text.tokens.count - 1)))
            }
        }
        var fired = Array(repeating: false, count: compiled.rules.count + compiled.combos.count)
        for hit in rawHits { fired[Int(hit.rule)] = true }
        var comboHits: [(Int, [RuleHit])] = []
        let flags = CompiledCombo.Flags(negative: m.negative >= 1.5 || m.profanity > 0, tension: context.tension, complaint: context.complaint,
                                        addressed: m.secondPerson > 0, otherLaughed: context.laughter, positive: m.positive > m.negative + 1,
                                        question: text.sentenceIsQuestion.contains(true))
        for (c, combo) in combos.enumerated() where combo.holds(fired: fired, flags: flags) {
            fired[compiled.rules.count + c] = true
            comboHits.append((c, rawHits.filter { combo.members.contains(Int($0.rule)) }))
        }
        // Teasing answered with laughter is banter, and words set to music are lyrics: neither
        // is a horseman, whatever the words.
        let laughing = rawHits.contains { Int($0.rule) == laughterRule }
        let banter = laughing && context.laughter
        let lyrics = rawHits.contains { Int($0.rule) == musicRule && text.tokens[Int($0.firstToken)].kind == .symbol }
        // The other's last turn said what "you" did or failed to do, or asked why: enough of an
        // edge for a brush-off to count ("you said that at Christmas." "Whatever.").
        let pointedAtYou = !context.otherCues.isDisjoint(with: [.youWithFailure, .youDid, .asksWhy])
        let clauses = ruleClauses(of: rawHits, fired: fired, in: text)
        let hits = rawHits.filter { hit in
            let r = Int(hit.rule)
            if (banter || lyrics) && horsemanRules[r] { return false }
            switch requirements[r] {
            case .tension:
                // Withdrawal refuses the turn it answers: tension a few turns back does not make
                // "Okay." after a calm remark a refusal.
                let tense = stonewallingRules[r] ? context.otherTense : context.tension
                if !(tense || context.complaint || context.bid || pointedAtYou) { return false }
            case .complaint: if !context.complaint { return false }
            case .calm:
                // Turns before it, and none of them pressing: no complaint, tension, bid or pointed
                // remark, and no question left open ("are we going or not?" "talk to you later.").
                if !context.present || context.tension || context.complaint || context.bid || context.question || pointedAtYou { return false }
            case .none: break
            }
            return !isCancelled(hit, fired: fired, ruleClauses: clauses, in: text)
        }

        // A combo counts only while its rules still fire after those checks: "you always know
        // what to say" drops criticism.always by its fond-habit unless, so no combo built on it.
        if !comboHits.isEmpty {
            var survived = fired
            for r in 0..<compiled.rules.count { survived[r] = false }
            for hit in hits { survived[Int(hit.rule)] = true }
            comboHits.removeAll { !combos[$0.0].holds(fired: survived, flags: flags) }
        }

        // Each word can start a word term and a pair; the measures and context crosses are a few dozen.
        let termRoom = 2 * text.wordCount + text.symbolIDs.count
        var vector = FeatureVector(reservingFeatures: 2 * hits.count + comboHits.count + 48 + termRoom, terms: termRoom)
        for hit in hits {
            vector.setEvidence(Int(hit.rule), [hit])
            // A rule counts once however often it matched (a message has only a few hits); one
            // the model does not learn keeps only its evidence, for its definite label.
            guard isLearned[Int(hit.rule)], !vector.has(Int(hit.rule)) else { continue }
            vector.set(Int(hit.rule), 1)
            let t = space.tensionFeature[Int(hit.rule)]
            if t >= 0, context.complaint || (context.bid && stonewallingRules[Int(hit.rule)]) {
                vector.set(t, 1)
                vector.setEvidence(t, vector.evidence(Int(hit.rule)) ?? [])
            }
        }
        for (c, evidence) in comboHits {
            let f = space.comboFeature(c)
            vector.set(f, 1)
            vector.setEvidence(f, evidence)
        }
        let words = text.wordCount
        vector.set(space.index(of: .contextNone), context.present ? 0 : 1)
        vector.set(space.index(of: .contextTension), context.tension ? 1 : 0)
        vector.set(space.index(of: .contextComplaint), context.complaint ? 1 : 0)
        vector.set(space.index(of: .contextQuestion), context.question ? 1 : 0)
        vector.set(space.index(of: .noWords), words == 0 ? 1 : 0)
        vector.set(space.index(of: .oneWord), words == 1 ? 1 : 0)
        vector.set(space.index(of: .short), words > 0 && words <= 3 ? 1 : 0)
        vector.set(space.index(of: .long), words >= 25 ? 1 : 0)
        let negative = Double(min(m.negative / 4, 1.5))
        let positive = Double(min(m.positive / 4, 1.5))
        vector.set(space.index(of: .negative), negative)
        vector.set(space.index(of: .positive), positive)
        vector.set(space.index(of: .profanity), Double(min(m.profanity, 2)) / 2)
        vector.set(space.index(of: .secondPerson), Double(min(m.secondPerson, 3)) / 3)
        vector.set(space.index(of: .firstPerson), Double(min(m.firstPerson, 3)) / 3)
        vector.set(space.index(of: .shouting), text.shoutingWords > 0 && words >= 2 ? 1 : 0)
        vector.set(space.index(of: .exclaim), text.exclamations > 0 ? 1 : 0)
        vector.set(space.index(of: .question), text.sentenceIsQuestion.contains(true) ? 1 : 0)
        vector.set(space.index(of: .shortQuestion), words > 0 && words <= 3 && text.sentenceIsQuestion.contains(true) ? 1 : 0)
        let calmQuestion = context.question && !context.tension && !context.complaint && !context.bid
        vector.calmContext = calmQuestion && !pointedAtYou
        vector.set(space.index(of: .answersSimpleQuestion), calmQuestion && words > 0 && words <= 3 ? 1 : 0)
        addContextFeatures(of: text, context: context, crossValues: SIMD2(negative, positive),
                           banter: banter || lyrics, to: &vector)
        addTerms(of: text, banter: banter || lyrics, to: &vector)
        // A counter that another rule's `unless` cancelled still says the message is play or
        // warmth ("I'm so happy for you, you make me sick"): the vetoes read the hits as matched.
        vector.definite = definiteLabels(hits: hits, vetoes: rawHits, otherLaughed: context.laughter)
        vector.ruledOut = ruledOutLabels(hits: hits, in: text)
        return vector
    }

    /// Adds the word terms of the message, each once. Banter and lyrics drop them, as they drop
    /// the horsemen's rules.
    private func addTerms(of text: TokenizedText, banter: Bool, to vector: inout FeatureVector) {
        vector.termOffset = vector.indices.count
        guard terms.count > 0, !banter else { return }
        let first = vector.indices.count
        terms.forEachMessageTerm(of: text) { term, firstToken, lastToken in
            let feature = space.termStart + Int(term)
            for k in first..<vector.indices.count where vector.indices[k] == feature { return }
            vector.setTerm(feature, RuleHit(rule: -1, firstToken: firstToken, lastToken: lastToken))
        }
    }
}
