import Foundation

/// Suggests a kinder way to say the user's own message, for each harmful signal found in it:
/// a gentle start-up for criticism, a respectful version for contempt, a take-responsibility
/// version for defensiveness and a break with a time to come back for stonewalling.
///
/// The rewrites are built from the message's own words where they can be; they are
/// suggestions for the writer, never shown to the partner.
public struct MessageRewriter: Sendable {
    /// The engine that reads the words a rewrite keeps from the message, or nil to keep them
    /// unread. Cutting the marked words out of a scornful message can leave scorn behind ("Oh
    /// wow, a whole dish washed." once "throw you a parade" is gone), and a suggestion must
    /// never hand the writer a put-down back.
    public let engine: SignalEngine?

    /// Kept words whose criticism or contempt score, read alone, reaches this still sound like
    /// a put-down, and the rewrite gives them up for a plain request. Plain statements ("the
    /// rent was due on Friday") score about 0.02–0.09, leftover scorn ("Can't even load a
    /// dishwasher.", "Another brilliant plan.") 0.18 and up.
    public static let keptWordsLimit = 0.15

    /// Creates a rewriter.
    ///
    /// - Parameter engine: the engine that checks the words a rewrite keeps (pass the one that
    ///   found the signals); without one, kept words are not checked.
    public init(engine: SignalEngine? = nil) {
        self.engine = engine
    }

    /// Rewrites for the harmful labels in a result.
    ///
    /// - Parameters:
    ///   - text: the user's message.
    ///   - result: what the engine found in it.
    ///   - context: the turns before it (the other person's complaint, for defensiveness).
    ///   - now: the current time, for the stonewalling break's return time.
    ///   - safetyConcern: true when safety screening fired for this writer: then no "benefit of
    ///     the doubt" coaching is given.
    /// - Returns: one suggestion per harmful label found.
    public func rewrites(for text: String, result: SignalResult, context: [Turn] = [], now: Date = Date(), safetyConcern: Bool = false) -> [SignalLabel: String] {
        var out: [SignalLabel: String] = [:]
        for finding in result.findings where finding.label.isHarmful {
            if safetyConcern && finding.label == .overgeneralization { continue }
            switch finding.label {
            case .criticism: out[.criticism] = gentleStartUp(from: text)
            case .contempt:
                // Only curated rules mark words that can be cut cleanly ("you idiot"); learned words
                // ("record", "going to") are ordinary words, and cutting them leaves broken text.
                let marked = result.findings.filter { $0.label.isHorseman && $0.rules.contains { !LexicalTerms.isTerm($0) } }
                out[.contempt] = marked.contains { $0.label == .contempt }
                    ? respectful(text, removing: marked.flatMap(\.evidence)) : MessageRewriter.plainRequest
            case .defensiveness: out[.defensiveness] = takeResponsibility(context: context)
            case .stonewalling: out[.stonewalling] = "I need a break; can we talk at \(returnTime(after: now))?"
            case .pastDwelling: out[.pastDwelling] = stayWithToday(text, removing: finding.evidence)
            case .overgeneralization: out[.overgeneralization] = "Can you tell me what happened? I'd like to understand before I assume why."
            case .selfSilencing: out[.selfSilencing] = "Actually, what I'd like is … . What would you like?"
            case .incongruence: out[.incongruence] = "Honestly, I'm not fine. I'm upset, and I need a minute before we talk."
            default: break
            }
        }
        return out
    }

    /// "I feel … about … . I need …", built from the action the criticism names.
    func gentleStartUp(from text: String) -> String {
        // "you literally never ask" (or "you really just never ask") names the same habit as "you never ask".
        let lower = MessageRewriter.droppingFillers(text.lowercased().replacingOccurrences(of: "’", with: "'"))
        let markers: [(String, Bool)] = [
            ("you never ", true), ("u never ", true), ("you don't ever ", true), ("you dont ever ", true),
            ("you don't ", true), ("you dont ", true), ("u dont ", true), ("you didn't ", true), ("you didnt ", true),
            ("why can't you ever ", true), ("why cant you ever ", true), ("why can't you ", true), ("why cant you ", true),
            ("you always ", false), ("u always ", false), ("you keep ", false), ("you constantly ", false),
            ("all you ever do is ", false), ("all you do is ", false), ("all u ever do is ", false), ("all u do is ", false),
        ]
        for (marker, isAbsence) in markers {
            guard let range = lower.range(of: marker) else { continue }
            let rest = String(lower[range.upperBound...])
            var action = clause(rest)
            // A loaded question keeps its verb: "are you always this rude?" is about when you are
            // this rude, not when "you this rude"; after "are", "like this" is not a joining word.
            if let before = lower[..<range.lowerBound].split(separator: " ").last,
               let copula = ["are": "are", "r": "are", "were": "were"][String(before)] {
                action = copula + " " + (rest.hasPrefix("like ") ? "like " + clause(String(rest.dropFirst(5))) : action)
            }
            // "you always have been" names no action: only helping verbs are left.
            guard action.split(separator: " ").contains(where: { !MessageRewriter.helpingVerbs.contains(String($0)) }) else { continue }
            let mine = PronounSwapForRequest.ownView(action)
            if isAbsence {
                // "you never do anything around here either": the tit-for-tat "either" goes, and
                // the request asks for "something", not "anything".
                let missing = MessageRewriter.droppingTrailing(["either", "neither"], from: mine)
                guard !missing.isEmpty else { continue }
                return "I feel hurt when you don't \(missing). I need you to \(MessageRewriter.asked(missing)) — could we talk about how?"
            }
            return "I feel frustrated when you \(mine). I need us to find another way — could we talk about it?"
        }
        return "I feel upset about what happened. I need us to talk about it calmly — could we?"
    }

    /// Words that may stand between "you" and "never"/"always"/"don't" without changing the habit named.
    static let fillers: Set<String> = ["literally", "just", "really", "still", "honestly", "seriously", "actually", "basically", "clearly", "obviously"]

    /// The text without the fillers that follow "you" or "u", in one pass over its words.
    static func droppingFillers(_ text: String) -> String {
        var kept: [Substring] = []
        var afterYou = false
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if afterYou, fillers.contains(String(word)) { continue }
            kept.append(word)
            afterYou = word == "you" || word == "u"
        }
        return kept.joined(separator: " ")
    }

    /// Verbs that only help another verb; an action made of them alone names nothing to ask for.
    static let helpingVerbs: Set<String> = ["be", "been", "being", "am", "is", "are", "was", "were", "have", "has", "had",
                                            "do", "does", "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must"]

    /// The message without the clauses that hold its horsemen's words, framed as the speaker's
    /// own feeling. What is left is kept only when it is about things, not a verdict on the
    /// partner: a remainder that still speaks of "you" ("nobody could live with you"), or only
    /// scraps of clauses, gives way to a plain request.
    func respectful(_ text: String, removing evidence: [Evidence]) -> String {
        let kept = clauses(of: text, without: evidence)
        // Only scraps left ("Again? Honestly, A dog, Chris.") say nothing of the speaker's point.
        guard kept.contains(where: { $0.split(separator: " ").count >= 4 }) else { return MessageRewriter.plainRequest }
        let rest = kept.joined(separator: " ").trimmingCharacters(in: CharacterSet.whitespaces.union(.punctuationCharacters))
        let letters = MessageRewriter.letterCount(rest)
        let words = rest.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }.map { $0.replacingOccurrences(of: "’", with: "'") }
        let addressesPartner = words.contains { MessageRewriter.secondPerson.contains($0) }
        guard letters >= 8, !addressesPartner, readsCalm(rest) else { return MessageRewriter.plainRequest }
        return "I'm upset, and I want to say it with respect: " + sentenceCase(rest)
    }

    /// Past-dwelling's rewrite: today's point without the clauses that hold the old grievance,
    /// when what is left says something and reads calm; otherwise the request alone.
    func stayWithToday(_ text: String, removing evidence: [Evidence]) -> String {
        let rest = clauses(of: text, without: evidence).joined(separator: " ")
            .trimmingCharacters(in: CharacterSet.whitespaces.union(.punctuationCharacters))
        guard MessageRewriter.letterCount(rest) >= 8, readsCalm(rest, alsoNot: [.pastDwelling]) else { return MessageRewriter.todayRequest }
        return "I'd like us to stay with what happened today: " + sentenceCase(rest)
    }

    /// Whether words kept from the message read calm to the engine on their own: neither
    /// criticism nor contempt reaches `keptWordsLimit`, and no label in `alsoNot` is found. Words
    /// the engine cannot read (another language) are not taken as calm. True when there is no
    /// engine to ask.
    func readsCalm(_ words: String, alsoNot: [SignalLabel] = []) -> Bool {
        guard let engine else { return true }
        let result = engine.analyze(words)
        guard result.isSupported else { return false }
        return [SignalLabel.criticism, .contempt].allSatisfy { (result.score(for: $0) ?? 0) < MessageRewriter.keptWordsLimit }
            && !alsoNot.contains { result.labels.contains($0) }
    }

    /// How many letters a text has: fewer than eight say nothing worth keeping.
    private static func letterCount(_ text: String) -> Int {
        text.unicodeScalars.filter { CharacterSet.letters.contains($0) }.count
    }

    /// Past-dwelling's rewrite when nothing of the message can be kept.
    static let todayRequest = "I'd like us to stay with what happened today. Can we talk about that?"

    /// The respectful version of a message when nothing of it can be kept.
    static let plainRequest = "I'm really upset right now. Can we talk about what's bothering me without putting each other down?"

    /// Words that address the partner.
    static let secondPerson: Set<String> = ["you", "u", "your", "ur", "you're", "youre", "yours", "yourself", "urself", "ya", "you've", "youve", "you'll", "youll", "you'd", "youd"]

    /// "You're right, I …", from the other person's last complaint: the words after a "you" that
    /// is the subject of what they said ("you forgot my mum's birthday"). A "you" that something
    /// is done to ("I got you a coffee", "thank you so much") gives no action to own.
    ///
    /// What was done comes before what was said: in "you said you'd help me move and then you
    /// just didn't show up" the action to own is not showing up, not having said so.
    func takeResponsibility(context: [Turn]) -> String {
        for turn in context.reversed() {
            let words = turn.text.lowercased().replacingOccurrences(of: "’", with: "'").split(separator: " ").map(String.init)
            var actions: [String] = []
            for (i, word) in words.enumerated() where ["you", "u"].contains(word) && i + 1 < words.count {
                let before = i == 0 ? "" : words[i - 1]
                let startsSentence = before.isEmpty || before.last.map { ".!?,;:".contains($0) } == true
                guard startsSentence || MessageRewriter.beforeSubjectYou.contains(before) else { continue }
                // A clause keeps at most twelve words, so only those are read (a long turn stays linear).
                var action = clause(words[(i + 1)..<min(i + 14, words.count)].joined(separator: " ")).split(separator: " ").map(String.init)
                while let first = action.first, MessageRewriter.fillers.contains(first) { action.removeFirst() }
                guard let first = action.first, !MessageRewriter.notAnAction.contains(first) else { continue }
                actions.append(action.joined(separator: " "))
            }
            let done = actions.first { action in !MessageRewriter.wordsAboutWords.contains(String(action.prefix { $0 != " " })) }
            if let action = done ?? actions.first {
                return "You're right, I \(PronounSwap.swap(action)). I'm sorry — what can I do to make it better?"
            }
        }
        return "You're right, I had a part in this. I'm sorry — what can I do to make it better?"
    }

    /// Verbs of saying and promising: "you said you'd …" tells what was promised, not what was done.
    static let wordsAboutWords: Set<String> = ["said", "promised", "told", "swore", "agreed", "say", "promise", "claimed", "reckoned"]

    /// Words after which "you" starts what the partner did ("and you left", "when you said").
    static let beforeSubjectYou: Set<String> = ["and", "but", "because", "cause", "when", "if", "that", "so", "since", "then",
                                                "honestly", "seriously", "also", "just", "well", "oh", "ok", "okay", "still",
                                                "yesterday", "today", "tonight", "again", "babe", "hey", "like", "literally"]
    /// Words that cannot begin an action the speaker could own ("you a coffee", "you so much").
    static let notAnAction: Set<String> = ["a", "an", "the", "so", "too", "very", "for", "to", "and", "or", "guys", "all",
                                           "know", "are", "were", "there", "here", "again", "both", "two", "three", "people", "lot"]

    /// A time at least 20 minutes away, rounded up to five minutes, as "HH:mm".
    func returnTime(after now: Date) -> String {
        let later = now.addingTimeInterval(30 * 60)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        let parts = calendar.dateComponents([.hour, .minute], from: later)
        var hour = parts.hour ?? 0, minute = ((parts.minute ?? 0) + 4) / 5 * 5
        if minute == 60 { minute = 0; hour = (hour + 1) % 24 }
        return String(format: "%02d:%02d", hour, minute)
    }

    /// The action without the listed words at its end.
    static func droppingTrailing(_ words: Set<String>, from action: String) -> String {
        var parts = action.split(separator: " ").map(String.init)
        while let last = parts.last, words.contains(last) { parts.removeLast() }
        return parts.joined(separator: " ")
    }

    /// A missing action turned into one to ask for: the words that only fit after "don't"
    /// ("anything", "ever", "at all") take their asking form or go.
    static func asked(_ action: String) -> String {
        let swaps = ["anything": "something", "anyone": "someone", "anybody": "somebody",
                     "anywhere": "somewhere", "any": "some"]
        var out: [String] = []
        for word in action.split(separator: " ").map(String.init) {
            if word == "ever" { continue }
            if word == "all", out.last == "at" { out.removeLast(); continue }
            out.append(swaps[word] ?? word)
        }
        return out.joined(separator: " ")
    }

    /// The first clause of a phrase: up to punctuation or a joining word.
    private func clause(_ phrase: String) -> String {
        var words: [String] = []
        for raw in phrase.split(separator: " ") {
            let word = String(raw)
            let bare = word.trimmingCharacters(in: .punctuationCharacters.union(.symbols))
            if ["and", "but", "so", "because", "like", "then", "which", "lol", "omg", "honestly"].contains(bare) { break }
            if !bare.isEmpty { words.append(bare) }
            if word.last.map({ ".,!?;:".contains($0) }) ?? false { break }
            if words.count >= 12 { break }
        }
        return words.joined(separator: " ")
    }

    /// The clauses of a text (split at sentence ends and at `,;:`) that hold none of the evidence.
    /// Cutting words out of the middle of a clause leaves it broken ("The red makes fire truck."),
    /// so the whole clause goes: "you're an idiot, the car is out of petrol again" keeps "the car
    /// is out of petrol again".
    private func clauses(of text: String, without evidence: [Evidence]) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var kept: [String] = []
        var start = 0
        for i in scalars.indices {
            let c = scalars[i]
            let next = i + 1 < scalars.count ? scalars[i + 1] : " "
            let ends = c == "\n" || (".!?,;:".unicodeScalars.contains(c) && (next == " " || next == "\n"))
            guard ends || i + 1 == scalars.count else { continue }
            let end = i + 1
            if !evidence.contains(where: { $0.start < end && start < $0.end }) {
                let clause = String(String.UnicodeScalarView(scalars[start..<end])).trimmingCharacters(in: .whitespacesAndNewlines)
                if !clause.isEmpty { kept.append(clause) }
            }
            start = end
        }
        return kept
    }

    private func sentenceCase(_ text: String) -> String {
        guard let first = text.first else { return text }
        let body = first.uppercased() + text.dropFirst()
        return body.last.map { ".!?".contains($0) } == true ? body : body + "."
    }
}

/// Keeps the speaker's own view when a criticised action is turned into a request: the
/// action stays about "you", and "me/my" stay the speaker's.
enum PronounSwapForRequest {
    static func ownView(_ action: String) -> String {
        action.split(separator: " ").map { word -> String in
            switch word {
            case "u": return "you"
            case "ur": return "your"
            case "urself": return "yourself"
            default: return String(word)
            }
        }.joined(separator: " ")
    }
}
