/// A rule that matched: which rule and which tokens are its evidence.
struct RuleHit: Sendable, Hashable {
    var rule: Int32
    /// Index of the first token of the evidence.
    var firstToken: Int32
    /// Index of the last token of the evidence.
    var lastToken: Int32
}

/// Finds every rule whose pattern matches a tokenized message, applying each rule's guards.
struct RuleMatcher: Sendable {
    let compiled: CompiledRules

    /// All guarded hits, at most one per rule and start word, in word order.
    func match(_ text: TokenizedText) -> [RuleHit] {
        var hits: [RuleHit] = []
        let ids = text.wordIDs
        let n = ids.count
        for i in 0..<n {
            let id = Int(ids[i])
            guard id > 0, id < compiled.patternsByFirstWord.count else { continue }
            var lastRule: Int32 = -1
            for p in compiled.patternsByFirstWord[id] {
                let pattern = compiled.patterns[Int(p)]
                if pattern.rule == lastRule { continue }
                guard anchorsHold(pattern.elements[0].anchors, at: i, in: text),
                      let end = matchRest(pattern, element: 1, after: i, in: text) else { continue }
                guard passesGuards(rule: Int(pattern.rule), start: i, end: end, in: text) else { continue }
                hits.append(RuleHit(rule: pattern.rule, firstToken: text.wordTokenIndex[i], lastToken: text.wordTokenIndex[end]))
                lastRule = pattern.rule
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

    /// Matches elements from `element` on, the previous element having matched word `previous`.
    /// Returns the index of the last matched word.
    private func matchRest(_ pattern: CompiledPattern, element k: Int, after previous: Int, in text: TokenizedText) -> Int? {
        if k == pattern.elements.count { return previous }
        let el = pattern.elements[k]
        let set = compiled.sets[Int(el.set)]
        let sentence = text.wordSentence[previous]
        var j = previous + 1
        let limit = previous + 1 + Int(el.maxGap)
        while j <= limit && j < text.wordCount {
            if text.wordSentence[j] != sentence && !(el.anchors.contains(.sentenceStart) && j == previous + 1) { return nil }
            if set.contains(text.wordIDs[j]), anchorsHold(el.anchors, at: j, in: text),
               let end = matchRest(pattern, element: k + 1, after: j, in: text) {
                return end
            }
            // A gap never skips a negation: "you're not lazy" must not read as "you're … lazy".
            if compiled.negators.contains(text.wordIDs[j]) { return nil }
            if el.gapSet >= 0, !compiled.sets[Int(el.gapSet)].contains(text.wordIDs[j]) { return nil }
            j += 1
        }
        return nil
    }

    @inline(__always)
    private func anchorsHold(_ anchors: CompiledPattern.Anchors, at i: Int, in text: TokenizedText) -> Bool {
        if anchors.isEmpty { return true }
        if anchors.contains(.messageStart) && i != 0 { return false }
        if anchors.contains(.messageEnd) && i != text.wordCount - 1 { return false }
        if anchors.contains(.sentenceStart) && i > 0 && text.wordSentence[i - 1] == text.wordSentence[i] { return false }
        if anchors.contains(.sentenceEnd) && i + 1 < text.wordCount && text.wordSentence[i + 1] == text.wordSentence[i] { return false }
        if anchors.contains(.clauseStart) && i > 0 && text.wordClause[i - 1] == text.wordClause[i] { return false }
        return true
    }
}
