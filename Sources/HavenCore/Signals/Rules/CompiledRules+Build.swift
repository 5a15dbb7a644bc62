import Foundation

extension CompiledRules {
    /// Compiles a rule book together with the VADER valence lexicon and a profanity list.
    ///
    /// - Parameters:
    ///   - book: the curated rules.
    ///   - valenceLexicon: VADER's `vader_lexicon.txt` (word, tab, mean valence, …).
    ///   - profanityList: one word per line.
    ///   - extraWords: further words to give ids (the learned word features' words).
    /// - Throws: `RuleBookError` when a pattern is malformed.
    init(book: RuleBook, valenceLexicon: String, profanityList: String, extraWords: [String] = []) throws {
        var vocabulary = Vocabulary()
        for (alias, canonical) in book.aliases.sorted(by: { $0.key < $1.key }) {
            vocabulary.addAlias(alias, for: canonical)
        }
        let parser = PatternParser(classes: book.classes)
        var setIndex: [[Int32]: Int32] = [:]
        var sets: [WordSet] = []
        var patterns: [CompiledPattern] = []

        func setID(for words: [String], rule: String, pattern: String) throws -> Int32 {
            var ids: [Int32] = []
            for word in words {
                guard let id = vocabulary.add(word) else {
                    throw RuleBookError.notAWord(rule: rule, pattern: pattern, item: word)
                }
                ids.append(id)
            }
            let key = Array(Set(ids)).sorted()
            if let existing = setIndex[key] { return existing }
            let id = Int32(sets.count)
            sets.append(WordSet(ids: key, capacity: 4096))
            setIndex[key] = id
            return id
        }

        for (r, rule) in book.rules.enumerated() {
            if rule.patterns.isEmpty && (rule.symbols ?? []).isEmpty && rule.minimalReply != true {
                throw RuleBookError.ruleNeverFires(rule.id)
            }
            for pattern in rule.patterns {
                let items = try parser.parse(pattern, rule: rule.id)
                for concrete in parser.expand(items) {
                    var elements: [CompiledPattern.Element] = []
                    var pendingGap: Int8 = 0
                    var pendingGapSet: Int32 = -1
                    var pendingAnchors: CompiledPattern.Anchors = []
                    for piece in concrete {
                        switch piece {
                        case let .gap(n, words):
                            pendingGap = Int8(clamping: n)
                            pendingGapSet = try words.map { try setID(for: $0.filter { !$0.utf8.contains(0x20) }, rule: rule.id, pattern: pattern) } ?? -1
                        case let .anchor(c):
                            switch c {
                            case "^": pendingAnchors.insert(.messageStart)
                            case "<": pendingAnchors.insert(.sentenceStart)
                            case "[": pendingAnchors.insert(.clauseStart)
                            case "$": if !elements.isEmpty { elements[elements.count - 1].anchors.insert(.messageEnd) }
                            default: if !elements.isEmpty { elements[elements.count - 1].anchors.insert(.sentenceEnd) }
                            }
                        case let .words(words):
                            let set = try setID(for: words, rule: rule.id, pattern: pattern)
                            elements.append(.init(set: set, maxGap: pendingGap, gapSet: pendingGapSet, anchors: pendingAnchors))
                            pendingGap = 0
                            pendingGapSet = -1
                            pendingAnchors = []
                        }
                    }
                    guard !elements.isEmpty else { throw RuleBookError.emptyPattern(rule: rule.id, pattern: pattern) }
                    guard pendingAnchors.isEmpty else { throw RuleBookError.danglingAnchor(rule: rule.id, pattern: pattern) }
                    patterns.append(CompiledPattern(rule: Int32(r), elements: elements))
                }
            }
        }

        func classSet(_ name: String) -> WordSet {
            var set = WordSet(capacity: 4096)
            for word in book.classes[name] ?? [] where !word.utf8.contains(0x20) {
                if let id = vocabulary.add(word) { set.insert(id) }
            }
            return set
        }
        let negators = classSet("NEGATOR"), reporting = classSet("REPORTING_VERB"), own = classSet("OWN_VOICE")
        let praiseWhenNegated = classSet("PRAISE_WHEN_NEGATED")
        let aux = classSet("AUX"), rhetorical = classSet("RHETORICAL"), obligation = classSet("OBLIGATION")
        let personalTopic = classSet("PERSONAL_TOPIC")
        let toWord = vocabulary.add("to") ?? Vocabulary.unknown
        // VERDICT adds fault verbs to TRAIT's single words, less the words that also name innocent
        // things ("are you always this cold in the mornings?"), listed in NOT_VERDICT.
        let notVerdict = classSet("NOT_VERDICT")
        let verdictWords = WordSet(ids: (classSet("VERDICT").members + classSet("TRAIT").members).filter { !notVerdict.contains($0) },
                                   capacity: vocabulary.words.count)
        let likeWord = vocabulary.add("like") ?? Vocabulary.unknown
        let thisOrThat = WordSet(ids: ["this", "that"].compactMap { vocabulary.add($0) }, capacity: vocabulary.words.count)
        let second = classSet("SECOND_PERSON"), first = classSet("FIRST_PERSON"), third = classSet("THIRD_PERSON")
        var languages: [(String, WordSet)] = []
        for name in book.classes.keys.sorted() where name.hasPrefix("LANG_") {
            languages.append((String(name.dropFirst(5)).lowercased(), classSet(name)))
        }
        languages.sort { ($0.0 == "en" ? 0 : 1, $0.0) < ($1.0 == "en" ? 0 : 1, $1.0) }
        guard languages.count <= LanguageGuess.maximumLanguages else {
            throw RuleBookError.tooManyLanguages(count: languages.count, limit: LanguageGuess.maximumLanguages)
        }

        var valenceByID: [Int32: Float] = [:]
        for line in TextLines.split(valenceLexicon) {
            let fields = line.split(separator: "\t", maxSplits: 2)
            guard fields.count >= 2, let value = Float(fields[1]) else { continue }
            let word = String(fields[0])
            guard word.unicodeScalars.contains(where: { CharacterSet.letters.contains($0) }) else { continue }
            if let id = vocabulary.add(word) { valenceByID[id] = value }
        }
        var profanity = WordSet(capacity: 4096)
        for line in TextLines.split(profanityList) {
            let word = line.trimmingCharacters(in: .whitespaces)
            if !word.isEmpty, !word.utf8.contains(0x20), let id = vocabulary.add(word) { profanity.insert(id) }
        }

        for word in extraWords { vocabulary.add(word) }

        var symbolRules: [Int32: [Int32]] = [:]
        for (r, rule) in book.rules.enumerated() {
            for symbol in rule.symbols ?? [] {
                if let id = vocabulary.add(symbol) { symbolRules[id, default: []].append(Int32(r)) }
            }
        }

        var valence = Array(repeating: Float(0), count: vocabulary.count)
        for (id, v) in valenceByID { valence[Int(id)] = v }

        var ruleIndex: [String: Int] = [:]
        for (i, rule) in book.rules.enumerated() { ruleIndex[rule.id] = i }
        var comboIndex: [String: Int] = [:]
        for (i, combo) in book.combos.enumerated() { comboIndex[combo.id] = i }
        for combo in book.combos {
            for name in combo.all + (combo.any ?? []) where ruleIndex[name] == nil && CompiledCombo.Flags.Name(rawValue: name) == nil {
                throw RuleBookError.unknownRule(referencedBy: "combo \(combo.id)", name: name)
            }
        }
        let unlearned = Set(book.rules.filter { $0.learned == false }.map(\.id))
        if let rule = book.rules.first(where: { $0.requires.map { !["tension", "complaint", "calm"].contains($0) } ?? false }) {
            throw RuleBookError.unknownRequirement(rule: rule.id, requires: rule.requires ?? "")
        }
        if let rule = book.rules.first(where: { $0.rulesOut?.isEmpty == true }) {
            throw RuleBookError.rulesOutEmpty(rule: rule.id)
        }
        if let rule = book.rules.first(where: { $0.learned == false && $0.definite != true && $0.rulesOut == nil }) {
            throw RuleBookError.unlearnedRuleDoesNothing(rule: rule.id)
        }
        if let rule = book.rules.first(where: { $0.learned == false && ($0.prior != nil || $0.tension != nil || $0.tensionPrior != nil) }) {
            throw RuleBookError.unlearnedRuleWeighted(rule: rule.id)
        }
        for combo in book.combos {
            if let name = (combo.all + (combo.any ?? [])).first(where: unlearned.contains) {
                throw RuleBookError.unlearnedRuleReferenced(rule: name, by: "combo \(combo.id)")
            }
        }
        for rule in book.rules {
            if let name = (rule.unless ?? []).first(where: unlearned.contains) {
                throw RuleBookError.unlearnedRuleReferenced(rule: name, by: "rule \(rule.id)'s unless")
            }
        }
        var unless: [[Int]] = []
        for rule in book.rules {
            var list: [Int] = []
            for name in rule.unless ?? [] {
                if let r = ruleIndex[name] { list.append(r) } else if let c = comboIndex[name] {
                    guard rule.unlessInClause != true else { throw RuleBookError.comboCannotCancelInClause(rule: rule.id, combo: name) }
                    list.append(book.rules.count + c)
                } else {
                    throw RuleBookError.unknownRule(referencedBy: "rule \(rule.id)", name: name)
                }
            }
            unless.append(list)
        }
        var definite: [DefiniteRule] = []
        if let rule = book.rules.first(where: { $0.definite != true && $0.definiteUnless != nil }) {
            throw RuleBookError.definiteUnlessWithoutDefinite(rule: rule.id)
        }
        for (r, rule) in book.rules.enumerated() where rule.definite == true {
            guard let label = SignalLabel.ordered.firstIndex(where: { $0.rawValue == rule.label }) else {
                throw RuleBookError.definiteWithoutLabel(rule: rule.id, label: rule.label)
            }
            var entry = DefiniteRule(rule: r, label: label, unless: [], unlessOtherLaughed: false)
            for name in rule.definiteUnless ?? [] {
                if name == CompiledRules.otherLaughed { entry.unlessOtherLaughed = true; continue }
                guard let other = ruleIndex[name] else { throw RuleBookError.unknownRule(referencedBy: "rule \(rule.id)'s definiteUnless", name: name) }
                entry.unless.append(other)
            }
            definite.append(entry)
        }
        var rulingOut: [RulingOutRule] = []
        for (r, rule) in book.rules.enumerated() {
            guard let names = rule.rulesOut else { continue }
            var labels: [Int] = []
            for name in names {
                guard name != rule.label, let label = SignalLabel.ordered.firstIndex(where: { $0.rawValue == name }) else {
                    throw RuleBookError.rulesOutInvalidLabel(rule: rule.id, label: name)
                }
                labels.append(label)
            }
            rulingOut.append(RulingOutRule(rule: r, labels: labels))
        }

        self.vocabulary = vocabulary
        self.rules = book.rules
        self.ruleGuards = book.rules.map { rule in
            guard let names = rule.guards else { return RuleGuards() }
            return RuleGuards(
                negation: names.contains("negation"), reported: names.contains("reported"), quoted: names.contains("quoted"),
                positiveAfter: names.contains("positive-after"), negativeAfter: names.contains("negative-after"),
                factQuestion: names.contains("fact-question"), loadedQuestion: names.contains("loaded-question"),
                thirdParty: names.contains("third-party"), personalAfter: names.contains("personal-after"))
        }
        self.combos = book.combos
        self.sets = sets
        self.patterns = patterns
        self.rulesBySymbol = symbolRules
        self.valence = valence
        self.profanity = profanity
        self.negators = negators
        self.praiseWhenNegated = praiseWhenNegated
        self.reportingVerbs = reporting
        self.ownVoice = own
        self.auxiliaries = aux
        self.rhetorical = rhetorical
        self.obligation = obligation
        self.toWord = toWord
        self.verdictWords = verdictWords
        self.likeWord = likeWord
        self.thisOrThat = thisOrThat
        self.secondPerson = second
        self.thirdPerson = third
        self.firstPerson = first
        self.languageWords = languages
        self.ruleIndex = ruleIndex
        self.unlessIndices = unless
        self.unlessInClause = book.rules.map { $0.unlessInClause ?? false }
        self.definite = definite
        self.rulingOut = rulingOut
        self.personalTopic = personalTopic
    }
}
