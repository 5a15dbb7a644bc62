import Foundation
import Testing
@testable import HavenCore

@Suite("Safety screener behaviour")
struct SafetyScreenerTests {
    let screener = SafetyScreener.shared

    @Test("Text with nothing to screen is clear", arguments: [
        "", " ", "\n\n\t", "😀", "😂😂😂💀", "👩‍👩‍👧‍👦🏳️‍🌈", "...!!!???", "12345", "\u{0}\u{0}", "\u{200B}\u{200D}\u{FEFF}",
    ])
    func emptyAndSymbolOnly(_ text: String) {
        #expect(screener.screen(text) == .clear)
    }

    @Test("Spelling variants of the same sentence all fire", arguments: [
        "I don't want to live anymore", "I dont want to live anymore", "I don’t want to live anymore",
        "I DON'T WANT TO LIVE ANYMORE", "i   don't\twant to live anymore", "I do not want to live anymore",
    ])
    func contractionsAndCase(_ text: String) {
        #expect(screener.screen(text).concerns == [.selfHarm])
    }

    @Test("Negated statements do not fire", arguments: [
        "he never hit me", "he has never hurt me", "I would never kill myself", "I'm not going to hurt myself",
        "she didn't push me, I tripped", "I don't want to die, I want to live",
    ])
    func negation(_ text: String) {
        #expect(screener.screen(text) == .clear, "\(screener.screen(text).evidence)")
    }

    @Test("Negation does not reach across a clause break")
    func negationStopsAtPunctuation() {
        #expect(screener.screen("I'm not sure. He hit me again").concerns == [.violence])
        #expect(screener.screen("no, he hit me").concerns == [.violence])
    }

    @Test("Evidence gives Unicode-scalar offsets of the matched words")
    func evidenceOffsets() throws {
        let text = "😀 héllo — I want to die 💔"
        let result = screener.screen(text)
        let evidence = try #require(result.evidence.first)
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[evidence.scalarRange])
        #expect(String(view) == evidence.text)
        #expect(evidence.text == "want to die")
        #expect(evidence.concern == .selfHarm)
    }

    @Test("Several concerns in one text are all reported, in order")
    func severalConcerns() {
        let result = screener.screen("He checks my phone every night. Last week he choked me. I want to die.")
        #expect(result.concerns == [.selfHarm, .violence, .coerciveControl])
        #expect(result.evidence.map(\.start) == result.evidence.map(\.start).sorted())
    }

    @Test("Right-to-left and mixed scripts never crash and still find English phrases")
    func rightToLeft() {
        #expect(screener.screen("אני בסדר, תודה רבה") == .clear)
        #expect(screener.screen("مرحبا كيف حالك؟") == .clear)
        #expect(screener.screen("\u{202E}he hit me\u{202C}").concerns == [.violence])
        #expect(screener.screen("שלום he hit me again אתמול").concerns == [.violence])
        #expect(screener.screen("أنا خائفة. he threatened to kill me").concerns == [.violence])
    }

    @Test("Odd Unicode never crashes", arguments: [
        String(decoding: [0xFF, 0xFE, 0x68, 0x69, 0xC3, 0x28, 0xE2, 0x82] as [UInt8], as: UTF8.self),
        "e\u{301}\u{301}\u{301}\u{301}", String(repeating: "\u{300}", count: 500), "\u{10FFFF}\u{E000}\u{FFFD}",
        "Ｉ　ｗａｎｔ　ｔｏ", "ﬁ ß ǅ İ", String(repeating: "a", count: 10_000), "don't'''s'll'd", "'", "’’’",
    ])
    func oddUnicode(_ text: String) {
        _ = screener.screen(text)
    }

    @Test("A 1 MB text is screened, and a phrase at its very end is found")
    func oneMegabyte() throws {
        let line = "we had a lovely dinner and talked about the holiday plans. "
        let filler = String(repeating: line, count: 1_048_576 / line.utf8.count + 1)
        #expect(filler.utf8.count >= 1_048_576)
        #expect(screener.screen(filler) == .clear)
        let text = filler + "he pushed me against the wall"
        let result = screener.screen(text)
        #expect(result.concerns == [.violence])
        let evidence = try #require(result.evidence.first)
        #expect(evidence.text == "pushed me")
        #expect(evidence.start == filler.unicodeScalars.count + 3)
        #expect(evidence.end == evidence.start + 9)
    }

    @Test("Screening from many tasks at once gives the same answers")
    func concurrent() async {
        let texts = ["he hit me", "i want to die", "she tracks my location", "kill the lights"]
        let expected = texts.map { screener.screen($0) }
        await withTaskGroup(of: Bool.self) { group in
            for i in 0..<200 {
                group.addTask { SafetyScreener.shared.screen(texts[i % 4]) == expected[i % 4] }
            }
            for await same in group { #expect(same) }
        }
    }

    @Test("A malformed phrase table is rejected with a message that names the pattern")
    func malformedTable() {
        let base = #"{"version":1,"expansions":{},"classes":{},"negators":[],"negationBreakers":[],"negationWindow":3,"idioms":[],"concerns":{"violence":["#
        #expect(throws: SafetyError.invalidPattern(pattern: "*2 hit me", reason: "a pattern must start with a required word")) {
            try SafetyScreener(phraseTable: Data((base + #""*2 hit me"]}}"#).utf8))
        }
        #expect(throws: SafetyError.self) { try SafetyScreener(phraseTable: Data((base + #""@nope me"]}}"#).utf8)) }
        #expect(throws: SafetyError.self) { try SafetyScreener(phraseTable: Data((base + #""Hit Me"]}}"#).utf8)) }
        #expect(throws: SafetyError.self) { try SafetyScreener(phraseTable: Data((base + #""[hit me"]}}"#).utf8)) }
        #expect(throws: SafetyError.self) { try SafetyScreener(phraseTable: Data("not json".utf8)) }
    }

    @Test("A small custom table works: groups, gaps, optional words, clause ends and markers")
    func customTable() throws {
        let json = #"""
            {"version":7,"expansions":{"dont":"do not"},"classes":{"who":["he","she"]},"negators":["not"],
             "negationBreakers":[],"negationWindow":2,"idioms":["hit me up","take the kids to"],
             "concerns":{"violence":["@who *1 hit|hits really? me","[pulled a knife|pulled a gun] on me"],
                         "self-harm":["end it $","!no way out"],
                         "coercive-control":["^threatens to take","say|says take the"]}}
            """#
        let custom = try SafetyScreener(phraseTable: Data(json.utf8))
        #expect(custom.phraseTableVersion == 7)
        #expect(custom.screen("she always hits really me").fired)
        #expect(custom.screen("he pulled a gun on me").fired)
        #expect(!custom.screen("he did not hit me").fired)
        #expect(!custom.screen("she hit me up").fired)
        #expect(custom.screen("I should end it.").concerns == [.selfHarm])
        #expect(custom.screen("I should end it, really").concerns == [.selfHarm])
        #expect(!custom.screen("let's end it here").fired)
        #expect(custom.screen("I do not see no way out").concerns == [.selfHarm])
        #expect(custom.screen("he threatens to take the kids to Spain").concerns == [.coerciveControl])
        #expect(!custom.screen("she says take the kids to school").fired)
    }
}
