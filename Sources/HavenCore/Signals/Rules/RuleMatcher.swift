/// A rule that matched: which rule and which tokens are its evidence.
struct RuleHit: Sendable, Hashable {
    var rule: Int32
    /// Index of the first token of the evidence.
    var firstToken: Int32
    /// Index of the last token of the evidence.
    var lastToken: Int32
}

/// The word stream of a tokenized message as raw buffers, for the matcher's inner loop.
struct WordView {
    let ids: UnsafeBufferPointer<Int32>
    let sentence: UnsafeBufferPointer<Int32>
    let clause: UnsafeBufferPointer<Int32>
    let inQuotes: UnsafeBufferPointer<Bool>
    let sentenceIsQuestion: UnsafeBufferPointer<Bool>
    var count: Int { ids.count }
}

/// Finds every rule whose pattern matches a tokenized message, applying each rule's guards.
struct RuleMatcher: Sendable {
    let compiled: CompiledRules
    let tables: MatcherTables

    init(compiled: CompiledRules) {
        self.compiled = compiled
        tables = MatcherTables(patterns: compiled.patterns, sets: compiled.sets, negators: compiled.negators, vocabularyCount: compiled.vocabulary.count)
    }

    /// All guarded hits, at most one per rule and start word, in word order.
    func match(_ text: TokenizedText) -> [RuleHit] {
        // The hits array is created inside the innermost closure and returned, not captured:
        // a captured `var` would be boxed and checked for exclusive access on every append.
        var hits = text.wordIDs.withUnsafeBufferPointer { ids in
            text.wordSentence.withUnsafeBufferPointer { sentence in
                text.wordClause.withUnsafeBufferPointer { clause in
                    text.wordInQuotes.withUnsafeBufferPointer { quotes in
                        text.sentenceIsQuestion.withUnsafeBufferPointer { questions in
                            let words = WordView(ids: ids, sentence: sentence, clause: clause, inQuotes: quotes, sentenceIsQuestion: questions)
                            var found: [RuleHit] = []
                            matchWords(words, text: text, into: &found)
                            return found
                        }
                    }
                }
            }
        }
        if !text.symbolIDs.isEmpty {
            for (t, token) in text.tokens.enumerated() where token.kind == .symbol {
                for rule in compiled.rulesBySymbol[token.id] ?? [] {
                    hits.append(RuleHit(rule: rule, firstToken: Int32(t), lastToken: Int32(t)))
                }
            }
        }
        return hits
    }

    private func matchWords(_ words: WordView, text: TokenizedText, into hits: inout [RuleHit]) {
        let n = words.count
        // For each rule, the last start word it fired at: one hit per rule and start word. A
        // temporary buffer (on the stack for a rule book this size) spares an allocation per message.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: compiled.rules.count) { firedAt in
            firedAt.initialize(repeating: -1)
            for i in 0..<n {
                let id = words.ids[i]
                guard id > 0, Int(id) < tables.vocabularyCount else { continue }
                let s = Int(tables.singleStart[Int(id)]), e = Int(tables.singleStart[Int(id) + 1])
                if s < e {
                    // Skip the gap patterns when no word in reach can continue any of them.
                    var continues = true
                    let union = tables.gapUnionSet[Int(id)]
                    if union >= 0 {
                        continues = false
                        var j = i + 1
                        while j < n && j <= i + 1 + Int(tables.gapReach[Int(id)]) {
                            if tables.contains(set: union, words.ids[j]) { continues = true; break }
                            j += 1
                        }
                    }
                    for k in s..<e {
                        let p = tables.singleList[k]
                        if !continues && tables.patternCount[Int(p)] >= 2 { continue }
                        tryPattern(p, at: i, words, text, &hits, firedAt)
                    }
                }
                if i + 1 < n {
                    // The two lists, each ascending, are tried merged in pattern order, as one
                    // list would be: which pattern of a rule fires first decides its evidence.
                    var (k, pairEnd) = tables.pairs.starts[Int(id)] ? tables.pairs.range(PatternKeyTable.key(id, words.ids[i + 1])) : (0, 0)
                    var (t, tripleEnd) = tables.triples.starts[Int(id)] && i + 2 < n
                        ? tables.triples.range(PatternKeyTable.key(id, words.ids[i + 1], words.ids[i + 2])) : (0, 0)
                    while k < pairEnd || t < tripleEnd {
                        let fromPairs = t == tripleEnd || (k < pairEnd && tables.pairs.list[Int(k)] < tables.triples.list[Int(t)])
                        if fromPairs {
                            tryPattern(tables.pairs.list[Int(k)], at: i, words, text, &hits, firedAt)
                            k += 1
                        } else {
                            tryPattern(tables.triples.list[Int(t)], at: i, words, text, &hits, firedAt)
                            t += 1
                        }
                    }
                }
            }
        }
    }

    @inline(__always)
    private func tryPattern(_ p: Int32, at i: Int, _ words: WordView, _ text: TokenizedText,
                            _ hits: inout [RuleHit], _ firedAt: UnsafeMutableBufferPointer<Int>) {
        let rule = tables.patternRule[Int(p)]
        if firedAt[Int(rule)] == i { return }
        let first = Int(tables.patternFirst[Int(p)])
        guard anchorsHold(tables.elementAnchors[first], at: i, words),
              let end = matchRest(first: first, count: Int(tables.patternCount[Int(p)]), element: 1, after: i, words) else { return }
        guard passesGuards(rule: Int(rule), start: i, end: end, words) else { return }
        hits.append(RuleHit(rule: rule, firstToken: text.wordTokenIndex[i], lastToken: text.wordTokenIndex[end]))
        firedAt[Int(rule)] = i
    }

    /// Matches elements from `element` on, the previous element having matched word `previous`.
    /// Returns the index of the last matched word.
    private func matchRest(first: Int, count: Int, element k: Int, after previous: Int, _ words: WordView) -> Int? {
        if k == count { return previous }
        let e = first + k
        let set = tables.elementSet[e]
        let gapSet = tables.elementGapSet[e]
        let anchors = tables.elementAnchors[e]
        let sentence = words.sentence[previous]
        var j = previous + 1
        let limit = previous + 1 + Int(tables.elementGap[e])
        while j <= limit && j < words.count {
            if words.sentence[j] != sentence && !(anchors & CompiledPattern.Anchors.sentenceStart.rawValue != 0 && j == previous + 1) { return nil }
            // Gaps stay inside one clause: "give you up, never gonna" is not "you … never".
            if j > previous + 1 && words.clause[j] != words.clause[j - 1] { return nil }
            if tables.contains(set: set, words.ids[j]), anchorsHold(anchors, at: j, words),
               let end = matchRest(first: first, count: count, element: k + 1, after: j, words) {
                return end
            }
            // A gap never skips a negation: "you're not lazy" must not read as "you're … lazy".
            if tables.contains(set: tables.negatorSet, words.ids[j]) { return nil }
            if gapSet >= 0, !tables.contains(set: gapSet, words.ids[j]) { return nil }
            j += 1
        }
        return nil
    }

    @inline(__always)
    private func anchorsHold(_ raw: UInt8, at i: Int, _ words: WordView) -> Bool {
        if raw == 0 { return true }
        let anchors = CompiledPattern.Anchors(rawValue: raw)
        if anchors.contains(.messageStart) && i != 0 { return false }
        if anchors.contains(.messageEnd) && i != words.count - 1 { return false }
        if anchors.contains(.sentenceStart) && i > 0 && words.sentence[i - 1] == words.sentence[i] { return false }
        if anchors.contains(.sentenceEnd) && i + 1 < words.count && words.sentence[i + 1] == words.sentence[i] { return false }
        if anchors.contains(.clauseStart) && i > 0 && words.clause[i - 1] == words.clause[i] { return false }
        return true
    }
}
