extension RuleMatcher {
    /// How many words a guard reads, at most, before or after the match while it looks for the
    /// sentence's other words. A sentence is rarely longer, but a message that runs on without a
    /// full stop is one long sentence, and reading all of it for every match would take time that
    /// grows with the square of its length (a 1 MB run-on message took 14 s).
    static let guardReach = 64

    /// Applies the rule's guards to a match spanning words `start...end`.
    func passesGuards(rule: Int, start: Int, end: Int, _ text: WordView) -> Bool {
        let guards = compiled.ruleGuards[rule]
        if guards.quoted, text.inQuotes[start] || text.inQuotes[end] { return false }
        if guards.negation, isNegated(start, in: text) { return false }
        if guards.reported, isReported(start, in: text) { return false }
        if guards.positiveAfter, isWarmAfter(end, in: text) { return false }
        if guards.negativeAfter, end + 1 < text.count, text.clause[end + 1] == text.clause[end],
           compiled.praiseWhenNegated.contains(text.ids[end + 1]) {
            // "you never disappoint", "you never complain": the verb right after is a fault, so
            // "never" praises. A hard word further on ("you never listen to me and it hurts") does not.
            return false
        }
        if guards.factQuestion, isFactQuestion(start, end, in: text) { return false }
        if guards.loadedQuestion, isLoaded(start, end, in: text) { return false }
        if guards.thirdParty, isAboutSomeoneElse(start, end, in: text) { return false }
        if guards.personalAfter, isAboutPeopleAfter(end, in: text) { return false }
        return true
    }

    /// A word about people (`PERSONAL_TOPIC`: "me", "anyone", "yourself", "how", …) or of verdict
    /// ("selfish", "ignore") after the match in its sentence, within `guardReach` words: "do you
    /// ever think about anyone but yourself?" asks about the partner, "do you ever think about
    /// having kids?" about a topic.
    private func isAboutPeopleAfter(_ end: Int, in text: WordView) -> Bool {
        var j = end + 1
        while j < text.count && j <= end + RuleMatcher.guardReach && text.sentence[j] == text.sentence[end] {
            let id = text.ids[j]
            if compiled.personalTopic.contains(id) || compiled.verdictWords.contains(id) { return true }
            j += 1
        }
        return false
    }

    /// A negator within the three words before the match, in the same clause.
    private func isNegated(_ start: Int, in text: WordView) -> Bool {
        var j = start - 1
        while j >= 0 && j >= start - 3 && text.clause[j] == text.clause[start] {
            if compiled.negators.contains(text.ids[j]) { return true }
            j -= 1
        }
        return false
    }

    /// A reporting verb earlier in the sentence (within `guardReach` words) whose subject is someone else ("my mom says you…").
    private func isReported(_ start: Int, in text: WordView) -> Bool {
        var j = start - 1
        let sentence = text.sentence[start]
        while j >= 0 && j >= start - RuleMatcher.guardReach && text.sentence[j] == sentence {
            if compiled.reportingVerbs.contains(text.ids[j]) {
                let subject1 = j >= 1 && text.sentence[j - 1] == sentence ? text.ids[j - 1] : 0
                let subject2 = j >= 2 && text.sentence[j - 2] == sentence ? text.ids[j - 2] : 0
                if compiled.ownVoice.contains(subject1) || compiled.ownVoice.contains(subject2) { return false }
                return j > 0 && text.sentence[j - 1] == sentence
            }
            j -= 1
        }
        return false
    }

    /// The least valence a word needs to make "you always …" praise: "laugh" (2.6) and "amazing"
    /// do; "friends" (2.1), "help" and "want" are too mild to tell praise from complaint.
    static let warmWordValence: Float = 2.5

    /// A clearly warm word, and no negative one, in up to six words after the match, same clause:
    /// "you always make me laugh".
    private func isWarmAfter(_ end: Int, in text: WordView) -> Bool {
        var warm = false
        var j = end + 1
        while j < text.count && j <= end + 6 && text.clause[j] == text.clause[end] {
            let v = compiled.valence[Int(text.ids[j])]
            if v < 0 { return false }
            if v >= RuleMatcher.warmWordValence { warm = true }
            j += 1
        }
        return warm
    }

    /// Someone else is named earlier in the sentence and "you" appears nowhere up to the match's
    /// end (both looked for within `guardReach` words before the match): "that guy at the bar was a total jerk" is about a third party.
    private func isAboutSomeoneElse(_ start: Int, _ end: Int, in text: WordView) -> Bool {
        var third = false
        for k in sentenceStart(of: start, in: text)...end {
            if compiled.secondPerson.contains(text.ids[k]) { return false }
            if k < start && compiled.thirdPerson.contains(text.ids[k]) { third = true }
        }
        return third
    }

    /// A yes/no question about a fact ("do you always take the bus?"): a question that opens
    /// with an auxiliary and is not loaded.
    private func isFactQuestion(_ start: Int, _ end: Int, in text: WordView) -> Bool {
        let sentence = Int(text.sentence[start])
        guard sentence < text.sentenceIsQuestion.count, text.sentenceIsQuestion[sentence] else { return false }
        let first = sentenceStart(of: start, in: text)
        guard start - first <= 1, compiled.auxiliaries.contains(text.ids[first]) else { return false }
        return !isLoaded(start, end, in: text)
    }

    /// The words of the match's sentence pass a verdict or press a point, so a question about a
    /// habit is rhetorical rather than about a fact: a rhetorical word outside the match ("do you
    /// ever listen?"), "have to" ("do you always have to shout?"), a word of verdict in the match
    /// or the four words after it ("are you always this rude?"), or "like this" ending the
    /// sentence ("are you always like this?"). The match's own words ("always") do not count.
    private func isLoaded(_ start: Int, _ end: Int, in text: WordView) -> Bool {
        let first = sentenceStart(of: start, in: text)
        var j = first
        while j < text.count && j <= end + RuleMatcher.guardReach && text.sentence[j] == text.sentence[start] {
            let id = text.ids[j]
            let inMatch = j >= start && j <= end
            if !inMatch && compiled.rhetorical.contains(id) { return true }
            if j >= start && j <= end + 4 && compiled.verdictWords.contains(id) { return true }
            if j > first, j + 1 < text.count, text.sentence[j + 1] == text.sentence[start],
               compiled.obligation.contains(id), text.ids[j + 1] == compiled.toWord { return true }
            if id == compiled.likeWord, j + 1 < text.count, compiled.thisOrThat.contains(text.ids[j + 1]),
               j + 2 >= text.count || text.sentence[j + 2] != text.sentence[start] {
                return true
            }
            j += 1
        }
        return false
    }

    /// The first word of the sentence that word `index` is in, or the word `guardReach` words
    /// back if the sentence starts further back.
    private func sentenceStart(of index: Int, in text: WordView) -> Int {
        var first = index
        let limit = max(0, index - RuleMatcher.guardReach)
        while first > limit && text.sentence[first - 1] == text.sentence[index] { first -= 1 }
        return first
    }
}
