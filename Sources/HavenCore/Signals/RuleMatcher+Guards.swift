extension RuleMatcher {
    /// Applies the rule's guards to a match spanning words `start...end`.
    func passesGuards(rule: Int, start: Int, end: Int, in text: TokenizedText) -> Bool {
        let guards = compiled.ruleGuards[rule]
        if guards.quoted, text.wordInQuotes[start] || text.wordInQuotes[end] { return false }
        if guards.negation, isNegated(start, in: text) { return false }
        if guards.reported, isReported(start, in: text) { return false }
        if guards.positiveAfter || guards.negativeAfter {
            let (positive, negative) = valenceAfter(end, in: text)
            if guards.positiveAfter, positive > 0, negative == 0 { return false }
            if guards.negativeAfter, negative > 0, positive == 0 { return false }
        }
        if guards.factQuestion, isFactQuestion(start, in: text) { return false }
        return true
    }

    /// A negator within the three words before the match, in the same clause.
    private func isNegated(_ start: Int, in text: TokenizedText) -> Bool {
        var j = start - 1
        while j >= 0 && j >= start - 3 && text.wordClause[j] == text.wordClause[start] {
            if compiled.negators.contains(text.wordIDs[j]) { return true }
            j -= 1
        }
        return false
    }

    /// A reporting verb earlier in the sentence whose subject is someone else ("my mom says you…").
    private func isReported(_ start: Int, in text: TokenizedText) -> Bool {
        var j = start - 1
        let sentence = text.wordSentence[start]
        while j >= 0 && text.wordSentence[j] == sentence {
            if compiled.reportingVerbs.contains(text.wordIDs[j]) {
                let subject1 = j >= 1 && text.wordSentence[j - 1] == sentence ? text.wordIDs[j - 1] : 0
                let subject2 = j >= 2 && text.wordSentence[j - 2] == sentence ? text.wordIDs[j - 2] : 0
                if compiled.ownVoice.contains(subject1) || compiled.ownVoice.contains(subject2) { return false }
                return j > 0 && text.wordSentence[j - 1] == sentence
            }
            j -= 1
        }
        return false
    }

    /// Sum of positive and of negative valence in up to six words after the match, same clause.
    private func valenceAfter(_ end: Int, in text: TokenizedText) -> (Float, Float) {
        var positive: Float = 0, negative: Float = 0
        var j = end + 1
        while j < text.wordCount && j <= end + 6 && text.wordClause[j] == text.wordClause[end] {
            let v = compiled.valence[Int(text.wordIDs[j])]
            if v > 0 { positive += v } else { negative -= v }
            j += 1
        }
        return (positive, negative)
    }

    /// A yes/no question about a fact ("do you always take the bus?"), not a rhetorical one.
    private func isFactQuestion(_ start: Int, in text: TokenizedText) -> Bool {
        let sentence = Int(text.wordSentence[start])
        guard sentence < text.sentenceIsQuestion.count, text.sentenceIsQuestion[sentence] else { return false }
        var first = start
        while first > 0 && text.wordSentence[first - 1] == text.wordSentence[start] { first -= 1 }
        guard start - first <= 1, compiled.auxiliaries.contains(text.wordIDs[first]) else { return false }
        var j = first
        while j < text.wordCount && text.wordSentence[j] == text.wordSentence[start] {
            if compiled.rhetorical.contains(text.wordIDs[j]) { return false }
            j += 1
        }
        return true
    }
}
