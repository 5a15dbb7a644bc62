/// The phrase table compiled for fast screening: word ids, word sets, patterns and their indexes.
struct SafetyPhraseTable: Sendable {
    var version: Int
    var vocabulary = SafetyVocabulary()
    /// Per word id: the ids it expands to (`dont` → `do not`); empty when it stands for itself.
    var expansions: [[Int32]] = []
    var isNegator: [Bool] = []
    var breaksNegation: [Bool] = []
    var negationWindow: Int
    var sets: SafetyWordSets
    var patterns: [SafetyPattern] = []
    /// Every pattern's slots, one after another.
    var slots: [SafetyPattern.Slot] = []
    /// Per word id: the concern patterns whose first slot can match it.
    var concernIndex = SafetyPatternIndex([])
    /// Per word id: the idiom patterns whose first slot can match it.
    var idiomIndex = SafetyPatternIndex([])
    /// Ids of the words that contractions produce: `n't`, `'ll`, `'d`, `'re`, `'ve`, `'m`, `'s`.
    var not: Int32 = 0, will: Int32 = 0, would: Int32 = 0, are: Int32 = 0
    var have: Int32 = 0, am: Int32 = 0, isWord: Int32 = 0

    /// Compiles a decoded phrase file.
    ///
    /// - Parameter file: The decoded JSON.
    /// - Throws: ``SafetyError/invalidPattern(pattern:reason:)`` for a malformed pattern or word.
    init(file: SafetyPhraseFile) throws(SafetyError) {
        version = file.version
        negationWindow = max(0, file.negationWindow)
        let parser = SafetyPatternParser(classes: file.classes)
        var raw: [(slots: [SafetyPatternParser.RawSlot], concern: SafetyConcern?, negation: Bool, idioms: Bool, source: String)] = []
        for (key, list) in file.concerns.sorted(by: { $0.key < $1.key }) {
            guard let concern = SafetyConcern(rawValue: key) else {
                throw .invalidPattern(pattern: key, reason: "unknown concern; use self-harm, violence or coercive-control")
            }
            for source in list {
                let markers = source.prefix(while: { $0 == "!" || $0 == "^" })
                let body = String(source.dropFirst(markers.count))
                for pattern in try SafetyPatternParser.expandGroups(body) {
                    raw.append((try parser.parse(pattern), concern, !markers.contains("!"), !markers.contains("^"), source))
                }
            }
        }
        for source in file.idioms {
            for pattern in try SafetyPatternParser.expandGroups(source) {
                raw.append((try parser.parse(pattern), nil, false, false, source))
            }
        }

        var vocabulary = SafetyVocabulary()
        for word in ["not", "will", "would", "are", "have", "am", "is"] { _ = vocabulary.intern(word) }
        func checked(_ word: String, _ context: String) throws(SafetyError) -> Int32 {
            guard !word.isEmpty, word.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) }) else {
                throw .invalidPattern(pattern: context, reason: "'\(word)' must be lowercase letters or digits")
            }
            return vocabulary.intern(word)
        }
        for entry in raw {
            for slot in entry.slots {
                if case .words(let words, _) = slot {
                    for word in words { _ = try checked(word, entry.source) }
                }
            }
        }
        var expansionPairs: [(Int32, [Int32])] = []
        for (key, value) in file.expansions.sorted(by: { $0.key < $1.key }) {
            let from = try checked(key, "expansion \(key)")
            var to: [Int32] = []
            for word in value.split(separator: " ") { to.append(try checked(String(word), "expansion \(key)")) }
            expansionPairs.append((from, to))
        }
        var negators: [Int32] = []
        for word in file.negators { negators.append(try checked(word, "negators")) }
        var breakers: [Int32] = []
        for word in file.negationBreakers { breakers.append(try checked(word, "negationBreakers")) }

        let size = vocabulary.count
        self.vocabulary = vocabulary
        not = vocabulary.lookupWord("not"); will = vocabulary.lookupWord("will")
        would = vocabulary.lookupWord("would"); are = vocabulary.lookupWord("are")
        have = vocabulary.lookupWord("have"); am = vocabulary.lookupWord("am"); isWord = vocabulary.lookupWord("is")
        expansions = Array(repeating: [], count: size)
        for (from, to) in expansionPairs { expansions[Int(from)] = to }
        isNegator = Array(repeating: false, count: size)
        for id in negators { isNegator[Int(id)] = true }
        breaksNegation = Array(repeating: false, count: size)
        for id in breakers { breaksNegation[Int(id)] = true }

        sets = SafetyWordSets(vocabularySize: size)
        var concernLists = [[Int32]](repeating: [], count: size)
        var idiomLists = [[Int32]](repeating: [], count: size)
        for entry in raw {
            let slotStart = Int32(slots.count)
            for slot in entry.slots {
                switch slot {
                case .gap(let n):
                    slots.append(.init(kind: .gap, set: 0, maxGap: Int32(n)))
                case .end:
                    slots.append(.init(kind: .end, set: 0, maxGap: 0))
                case .words(let words, let optional):
                    let ids = words.map { vocabulary.lookupWord($0) }
                    slots.append(.init(kind: optional ? .optional : .word, set: sets.add(ids), maxGap: 0))
                }
            }
            let index = Int32(patterns.count)
            patterns.append(.init(
                slotStart: slotStart, slotEnd: Int32(slots.count), concern: entry.concern,
                checksNegation: entry.negation, checksIdioms: entry.idioms))
            for id in sets.members(slots[Int(slotStart)].set) {
                if entry.concern == nil { idiomLists[Int(id)].append(index) } else { concernLists[Int(id)].append(index) }
            }
        }
        concernIndex = SafetyPatternIndex(concernLists)
        idiomIndex = SafetyPatternIndex(idiomLists)
    }
}

extension SafetyVocabulary {
    /// The id of a word given as a `String`, or 0 when it is unknown.
    func lookupWord(_ word: String) -> Int32 {
        Array(word.utf8).withUnsafeBufferPointer { lookup($0) }
    }
}
