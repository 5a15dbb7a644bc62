import Foundation
import Testing
@testable import HavenCore

/// Every WhatsApp sample under ../shared/data/chat-formats, read in place.
@Suite("Import: WhatsApp fixtures")
struct ImportWhatsAppFixtureTests {
    static let iOSSamples = [
        "whats_json/test/data/ios/WhatsApp Chat - Elon Musk (Arabic).txt", "whats_json/test/data/ios/WhatsApp Chat - Elon Musk (CZ).txt",
        "whats_json/test/data/ios/WhatsApp Chat - Elon Musk (EN).txt", "whats_json/test/data/ios/WhatsApp Chat - Elon Musk (EN+Media).txt",
        "whats_json/test/data/ios/WhatsApp Chat - Elon Musk (FR).txt", "whats_json/test/data/ios/WhatsApp Chat - Elon Musk (German).txt",
        "whats_json/test/data/ios/WhatsApp Chat - Elon Musk (IT).txt", "whats_json/test/data/ios/WhatsApp Chat - Elon Musk (Portugal).txt",
        "whats_json/test/data/ios/WhatsApp Chat - Elon Musk (RU).txt", "whats_json/test/data/ios/WhatsApp Chat - Elon Musk (RU).zip",
        "whats_json/test/data/ios/WhatsApp Chat - Elon Musk (Spanish).txt", "whats_json/test/data/ios/WhatsApp Chat - Elon Musk (UKR).txt",
        "whats_json/test/data/ios/iOS Hindi.txt", "whats_json/test/data/ios/iOS Indonesian.txt", "whats_json/test/data/ios/iOS Japanese.txt",
        "whats_json/test/data/ios/iOS Thai.txt", "whats_json/test/data/ios/iOS Vietnamese.txt",
        "whats_json/test/data/calendars/Buddhist iOS.txt", "whats_json/test/data/calendars/Gregorian iOS.txt",
        "whats_json/test/data/calendars/Japanese iOS.txt", "whats_json/example/_chat.txt", "whats_json/example/_chat_with_media.txt",
    ] + ["arabic2", "arabic", "czech", "deutch", "english", "english_ios_media", "french", "hindi", "indonesian", "italian", "japanese",
        "portugal", "russian", "spanish", "thai", "ukrainian", "vietnamese"].map {
            "whats_json/test/data/languages/\($0.hasSuffix("media") ? $0 : $0 + "_ios").txt"
        }

    /// The same four-person iOS chat exported in 22 locales and three calendars: every export must
    /// yield the same five messages (media, deletions, locations and the encryption notice are events).
    @Test(arguments: iOSSamples)
    func iOSExportsAgreeAcrossLocales(path: String) throws {
        let chat = try Fixtures.shared(path)
        #expect(chat.format == .whatsapp)
        #expect(chat.unparsedLineCount == 0)
        #expect(chat.messages.count == 5, "\(chat.messages.map(\.text))")
        let first = try #require(chat.messages.first)
        #expect(first.text == "Hello World")
        #expect(first.timestamp == Fixtures.date("2022-03-27T21:41:35"))
        #expect(chat.messages.map(\.text).contains("😊"))
        #expect(chat.events.contains { $0.kind == .encryptionNotice })
        #expect(chat.events.contains { $0.kind == .deletedMessage })
        #expect(!chat.messages.contains { $0.text.contains("maps.google.com") })
    }

    static let androidSamples = [
        "whats_json/test/data/languages/english_android.txt", "whats_json/test/data/languages/czech_android.txt",
        "whats_json/test/data/languages/russian_android.txt", "whats_json/test/data/android/WhatsApp Chat with Dmitry S EN Android.txt",
    ]

    /// The same Android chat in three languages: identical messages once system lines are set aside.
    @Test(arguments: androidSamples)
    func androidExportsAgreeAcrossLanguages(path: String) throws {
        let chat = try Fixtures.shared(path)
        let reference = try Fixtures.shared(Self.androidSamples[0])
        #expect(chat.unparsedLineCount == 0)
        #expect(chat.messages.map(\.text) == reference.messages.map(\.text))
        #expect(chat.messages.map(\.timestamp) == reference.messages.map(\.timestamp))
        #expect(chat.participants == ["Dmitry S", "Elon"])
        #expect(chat.messages.first?.timestamp == Fixtures.date("2022-03-18T14:56:00"))
        #expect(chat.events.filter { $0.kind == .mediaOmitted }.count == reference.events.filter { $0.kind == .mediaOmitted }.count)
    }

    /// WhatsR ships one scripted group chat exported from Android and iOS, in English and German,
    /// with 24-hour and AM/PM clocks: both clocks must give the same messages at the same times.
    @Test(arguments: ["englishandroid", "englishios", "germanandroid", "germanios"])
    func clocksAgree(variant: String) throws {
        let twentyFour = try Fixtures.shared("WhatsR/inst/\(variant)24h.txt")
        let twelve = try Fixtures.shared("WhatsR/inst/\(variant)ampm.txt")
        #expect(twentyFour.unparsedLineCount == 0 && twelve.unparsedLineCount == 0)
        // The upstream exports differ slightly in order and seconds, so compare content and the time span.
        #expect(twentyFour.messages.map(\.text).sorted() == twelve.messages.map(\.text).sorted())
        let minute = { (date: Date?) in date.map { Int($0.timeIntervalSince1970 / 60) } }
        #expect(minute(twentyFour.messages.first?.timestamp) == minute(twelve.messages.first?.timestamp))
        #expect(minute(twentyFour.messages.last?.timestamp) == minute(twelve.messages.last?.timestamp))
        #expect(Set(twentyFour.participants) == ["Mallory", "Dave", "Alice", "Bob", "Carol"])
        #expect(twentyFour.events.contains { $0.kind == .encryptionNotice })
        #expect(twentyFour.events.contains { $0.kind == .location })
        let reference = try Fixtures.shared("WhatsR/inst/englishandroid24h.txt")
        #expect(twentyFour.messages.count == reference.messages.count && twelve.messages.count == reference.messages.count)
        #expect(twentyFour.events.count == reference.events.count)
    }

    /// chat-miner's five date layouts of one chat, checked against its expected parse (target.json).
    @Test(arguments: ["test_[mmddyy]_24hrs", "test_ddmmyy_24hrs", "test_mmddyy_24hrs", "test_mmddyyyy_12hrs", "test_yyyymmdd_24hrs"])
    func chatMinerTargets(name: String) throws {
        let chat = try Fixtures.shared("chat-miner/test/whatsapp/\(name).txt")
        Fixtures.expectMatches(chat, targets: try Fixtures.targets("chat-miner/test/whatsapp/target.json"))
        #expect(chat.unparsedLineCount == 0)
        #expect(chat.warnings.isEmpty)
    }

    /// port-whatsapp-datadonation: seven layouts of one group chat, and the zip, give the same messages.
    @Test(arguments: ["_chat_file1", "_chat_file2", "_chat_file3", "_chat_file4", "_chat_file5", "_chat_file6"])
    func dataDonationLayoutsAgree(name: String) throws {
        let base = "port-whatsapp-datadonation/data_extractor/tests/data/"
        let reference = try Fixtures.shared(base + "_chat.txt")
        let zipped = try Fixtures.shared(base + "whatsapp_chat.zip")
        let chat = try Fixtures.shared(base + name + ".txt")
        #expect(zipped.messages == reference.messages)
        #expect(chat.messages.count == 8)
        #expect(chat.messages.map(\.sender) == reference.messages.map(\.sender))
        #expect(chat.messages.map { Fixtures.squeezed($0.text) } == reference.messages.map { Fixtures.squeezed($0.text) })
        let minutes = { (chat: Conversation) in chat.messages.map { Int($0.timestamp.timeIntervalSince1970 / 60) } }
        #expect(minutes(chat) == minutes(reference))
        #expect(chat.events.contains { $0.kind == .location })
    }

    @Test func whatstkSamples() throws {
        #expect(try Fixtures.shared("whatstk/chats/whatsapp/lorem-2000.txt").messages.count == 2_000)
        #expect(try Fixtures.shared("whatstk/chats/whatsapp/lorem.txt").messages.count == 500)
        #expect(try Fixtures.shared("whatstk/chats/whatsapp/lorem-merge-part1.txt").messages.count == 300)
        let pokemon = try Fixtures.shared("whatstk/chats/whatsapp/pokemon.txt")
        #expect(pokemon.messages.first?.sender == "Ash Ketchum")
        #expect(pokemon.messages.first?.timestamp == Fixtures.date("2016-08-06T13:23"))
        #expect(!pokemon.participants.contains("Pokemon Chat"))
        #expect(pokemon.events.filter { $0.kind == .encryptionNotice }.count == 2)
    }

    @Test func chatAnalyticsSamples() throws {
        let pair = try Fixtures.shared("chat-analytics/tests/samples/whatsapp/2A_5M.txt")
        #expect(pair.messages.count == 4)
        #expect(pair.events.map(\.kind) == [.mediaOmitted])
        #expect(pair.messages.last?.text == "This message should be reordered" || pair.messages.map(\.text).contains("This message should be reordered"))
        let group = try Fixtures.shared("chat-analytics/tests/samples/whatsapp/4A_11M.txt")
        let zipped = try Fixtures.shared("chat-analytics/tests/samples/whatsapp/4A_11M.zip")
        #expect(group.messages.count == 11)
        #expect(zipped.messages == group.messages)
    }

    @Test func miscLinesKeepAttachmentsOutOfText() throws {
        let chat = try Fixtures.shared("whatsapp-chat-parser/misc_lines.txt")
        #expect(chat.unparsedLineCount == 0)
        #expect(chat.events.filter { $0.kind == .attachment }.count >= 3)
        #expect(!chat.messages.contains { $0.text.contains("attached") || $0.text.contains("angehängt") })
        #expect(chat.messages.contains { $0.text == "one\ntwo" })
    }
}
