import Testing
@testable import HavenCore

@Suite("Signals are found with their evidence")
struct SignalDetectionTests {
    let engine = try! SignalEngine.standard()

    struct Case: CustomTestStringConvertible, Sendable {
        let label: SignalLabel
        let text: String
        let context: [Turn]
        var testDescription: String { "\(label.rawValue): \(text)" }
    }

    static let complaint = [Turn(speaker: "B", text: "you forgot to pick up the kids again")]

    static let cases: [Case] = [
        Case(label: .criticism, text: "you never help with anything, you're so selfish", context: []),
        Case(label: .criticism, text: "what is wrong with you", context: []),
        Case(label: .criticism, text: "ur so lazy omg", context: []),
        Case(label: .criticism, text: "you never listen to me and it hurts.", context: []),
        Case(label: .criticism, text: "you always put your friends first", context: []),
        Case(label: .criticism, text: "you never say sorry", context: []),
        Case(label: .criticism, text: "you never stop complaining", context: []),
        Case(label: .criticism, text: "You always ignore me.", context: []),
        Case(label: .contempt, text: "wow, great job genius", context: []),
        Case(label: .contempt, text: "you're pathetic", context: []),
        Case(label: .contempt, text: "who do you think you are?", context: []),
        Case(label: .defensiveness, text: "it's not my fault, nobody told me", context: complaint),
        Case(label: .defensiveness, text: "well you forgot them last week too", context: complaint),
        Case(label: .stonewalling, text: "whatever.", context: complaint),
        Case(label: .stonewalling, text: "i dont want to talk about it", context: complaint),
        Case(label: .stonewalling, text: "leave me alone", context: complaint),
        Case(label: .stonewalling, text: "fine", context: [Turn(speaker: "B", text: "I feel like we never see each other anymore, can we talk tonight?")]),
        Case(label: .repair, text: "I'm sorry, you're right. I messed up.", context: complaint),
        Case(label: .reassurance, text: "are you mad at me?", context: []),
        Case(label: .reassurance, text: "do you still love me", context: []),
        Case(label: .appreciation, text: "thank you so much for dinner, you're amazing", context: []),
        Case(label: .validation, text: "that makes sense, no wonder you're tired", context: []),
        Case(label: .weTalk, text: "let's figure this out together", context: []),
    ]

    @Test("The label is found", arguments: cases)
    func found(_ item: Case) {
        let result = engine.analyze(item.text, speaker: "A", context: item.context)
        #expect(result.labels.contains(item.label), "expected \(item.label) in “\(item.text)”, got \(result.labels)")
    }

    @Test("Every finding points at words in the message")
    func evidenceIsInTheMessage() {
        for item in Self.cases {
            let scalars = Array(item.text.unicodeScalars)
            for finding in engine.analyze(item.text, speaker: "A", context: item.context).findings {
                #expect(!finding.evidence.isEmpty)
                #expect(!finding.explanation.isEmpty)
                for e in finding.evidence {
                    #expect(String(String.UnicodeScalarView(scalars[e.start..<e.end])) == e.text)
                }
            }
        }
    }

    @Test("An explanation quotes words of its own message, those of the rule it comes from")
    func explanationQuotesTheRuleWords() {
        let reply = "I had a lot on, the traffic was insane and nobody reminded me"
        let finding = engine.analyze(reply, speaker: "A", context: Self.complaint).findings.first { $0.label == .defensiveness }
        #expect(finding?.explanation.hasPrefix("“the traffic”") == true, "got \(finding?.explanation ?? "no finding")")
        for item in Self.cases {
            for finding in engine.analyze(item.text, speaker: "A", context: item.context).findings {
                guard let open = finding.explanation.firstIndex(of: "“"), let close = finding.explanation.firstIndex(of: "”") else { continue }
                let quoted = finding.explanation[finding.explanation.index(after: open)..<close]
                #expect(item.text.contains(quoted), "“\(quoted)” is not in “\(item.text)”")
            }
        }
    }

    @Test("Evidence offsets count Unicode scalars, so emoji before the words do not shift them")
    func scalarOffsets() throws {
        let text = "🙄🙄 you're pathetic"
        let finding = try #require(engine.analyze(text).findings.first { $0.label == .contempt })
        let evidence = try #require(finding.evidence.first { $0.text.contains("pathetic") })
        #expect(evidence.start == 3)
    }

    @Test("Harmful findings carry an antidote; building ones do not")
    func antidotes() {
        let harmful = engine.analyze("you never listen, what is wrong with you").findings
        #expect(harmful.allSatisfy { $0.antidote != nil })
        let kind = engine.analyze("thank you so much, I appreciate you").findings
        #expect(!kind.isEmpty && kind.allSatisfy { $0.antidote == nil })
    }

    @Test("A brush-off counts after the other says what you did, not after a calm question")
    func brushOffAfterPointedTurn() {
        let pointed = [Turn(speaker: "B", text: "Lou, you said that at Christmas. And at Easter.")]
        for reply in ["k", "if you say so"] {
            #expect(engine.analyze(reply, speaker: "A", context: pointed).labels.contains(.stonewalling), "\(reply)")
            #expect(!engine.analyze(reply, speaker: "A", context: [Turn(speaker: "B", text: "how was the party?")]).hasHorseman, "\(reply)")
        }
    }

    @Test("Defensiveness needs the complaint before it")
    func defensivenessNeedsContext() {
        let reply = "i was busy, i had to work late"
        #expect(engine.analyze(reply, speaker: "A", context: Self.complaint).labels.contains(.defensiveness))
        #expect(!engine.analyze(reply, speaker: "A", context: [Turn(speaker: "B", text: "how was your day?")]).labels.contains(.defensiveness))
    }

    @Test("A short question that asks for more engages; only a bare 'and?' or 'k' counts as a minimal reply")
    func shortQuestionsEngage() throws {
        let rule = try #require(engine.compiled.ruleIndex["stonewalling.minimal-reply"])
        func minimal(_ reply: String) -> Bool {
            engine.featureVector(for: ClassificationInput(id: "t", text: reply, speaker: "A", context: Self.complaint)).has(rule)
        }
        #expect(!minimal("Who?"))
        #expect(!minimal("Right now?"))
        #expect(!minimal("what happened?"))
        #expect(minimal("and?"))
        #expect(minimal("k"))
        for reply in ["Who?", "What happened?"] {
            #expect(!engine.analyze(reply, speaker: "A", context: Self.complaint).labels.contains(.stonewalling))
        }
    }

    @Test("The same input always gives the same result")
    func deterministic() {
        let a = engine.analyze("you never listen", speaker: "A", context: Self.complaint)
        let b = engine.analyze("you never listen", speaker: "A", context: Self.complaint)
        #expect(a == b)
    }

    @Test("Text in another language is reported, not labelled", arguments: [
        ("eres un idiota, nunca me escuchas", "es"), ("du hörst mir nie zu, das ist nicht fair", "de"),
        ("tu ne m'écoutes jamais, c'est pas juste", "fr"), ("ты никогда меня не слушаешь", "und-Cyrl"), ("你从来不听我说话", "und-Hani"),
    ])
    func otherLanguages(text: String, code: String) {
        let result = engine.analyze(text)
        #expect(!result.isSupported)
        #expect(result.language == code)
        #expect(result.labels.isEmpty)
    }

    @Test("Texting style finds the same horseman as full sentences")
    func textingStyle() {
        #expect(engine.analyze("You're so lazy, you never help").labels.contains(.criticism))
        #expect(engine.analyze("ur so lazy u never help").labels.contains(.criticism))
    }
}

@Suite("One pass over a conversation")
struct AnalyzeAndSummarizeTests {
    @Test("analyzeAndSummarize gives the same result and summary as the two separate calls")
    func sameAsSeparateCalls() throws {
        let engine = try SignalEngine.standard()
        let turns = [("B", "you forgot the rent again, seriously?"), ("A", "it's not my fault, nobody told me"), ("B", "whatever"), ("A", "I'm sorry, you're right")]
        var summaries: [TurnSummary] = []
        for (speaker, text) in turns {
            let (result, summary) = engine.analyzeAndSummarize(text, speaker: speaker, contextSummaries: summaries)
            #expect(result == engine.analyze(text, speaker: speaker, contextSummaries: summaries))
            #expect(summary == engine.summarize(Turn(speaker: speaker, text: text)))
            summaries.append(summary)
        }
    }
}
