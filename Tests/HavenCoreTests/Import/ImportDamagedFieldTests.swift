import Foundation
import Testing
@testable import HavenCore

/// Fields that are there but damaged: timestamps no chat can carry, and line breaks written as
/// a lone carriage return. Neither may crash an import or an analysis, or lose messages unsaid.
@Suite("Damaged timestamps and line breaks")
struct ImportDamagedFieldTests {
    @Test("Unix times outside 1900–2200 are no timestamp", arguments: [1e30, 1e20, -1e20, 1e300, -3e9, Double.nan, Double.infinity])
    func implausibleUnixTimes(value: Double) {
        #expect(TimestampParsing.unixTime(value) == nil)
        #expect(TimestampParsing.seconds(value) == nil)
    }

    @Test("Plausible Unix times in seconds and milliseconds are read")
    func plausibleUnixTimes() {
        #expect(TimestampParsing.unixTime(1_700_000_000)?.timeIntervalSince1970 == 1_700_000_000)
        #expect(TimestampParsing.unixTime(1_700_000_000_000)?.timeIntervalSince1970 == 1_700_000_000)
        #expect(TimestampParsing.parse("100000000000000000000000000000") == nil)
        #expect(TimestampParsing.parse("0001-01-01T00:00:00Z") == nil)
        #expect(TimestampParsing.parse("2024-01-15T10:30:00Z") != nil)
    }

    @Test("A CSV row with an absurd timestamp is listed as unparsed, and the chat is analysed")
    func csvAbsurdTimestamp() throws {
        let text = "timestamp,sender,text\n2020-01-01T10:00:00Z,Mary,hello\n100000000000000000000000000000,Bob,hi\n2020-01-01T10:05:00Z,Bob,hey\n"
        let chat = try ConversationReader().read(data: Data(text.utf8), fileName: "chat.csv")
        #expect(chat.messages.map(\.text) == ["hello", "hey"])
        #expect(chat.unparsedLines.map(\.line) == [3])
        let report = ConversationAnalyzer(engine: try SignalEngine.standard()).analyze(chat)
        #expect(report.messages == 2)
    }

    @Test("A Messenger message with an absurd timestamp_ms is skipped with a warning")
    func messengerAbsurdTimestamp() throws {
        let json = """
            {"participants":[{"name":"Ana"},{"name":"Leo"}],"messages":[
            {"sender_name":"Ana","timestamp_ms":1e300,"content":"lost in time"},
            {"sender_name":"Leo","timestamp_ms":1700000000000,"content":"hi"}]}
            """
        let chat = try ConversationReader().read(data: Data(json.utf8), fileName: "message_1.json")
        #expect(chat.messages.map(\.text) == ["hi"])
        #expect(chat.warnings.contains(.skippedRecords(count: 1, reason: "unreadable timestamp")))
    }

    @Test("A day number far outside the calendar is held at a bound instead of trapping")
    func dayOfAbsurdInstant() {
        #expect(CalendarPeriod.day(of: 1e30) > 0)
        #expect(CalendarPeriod.day(of: -1e30) < 0)
        #expect(CalendarPeriod.day(of: .nan) == 0)
        #expect(CalendarPeriod.day(of: 86_400 * 3 + 5) == 3)
    }

    @Test("A WhatsApp export with lone carriage returns, or mixed line endings, loses no message")
    func carriageReturnLineBreaks() throws {
        let lines = (1...40).map { "12/01/2024, 09:\(String(format: "%02d", $0)) - \($0 % 2 == 0 ? "Ana" : "Leo"): message \($0)" }
        let unix = lines.joined(separator: "\n") + "\n"
        let classicMac = lines.joined(separator: "\r") + "\r"
        let mixed = lines.enumerated().map { $0.element + ["\n", "\r\n", "\r"][$0.offset % 3] }.joined()
        let expected = try ConversationReader().read(data: Data(unix.utf8), fileName: "chat.txt").messages.map(\.text)
        #expect(expected.count == 40)
        for text in [classicMac, mixed] {
            let chat = try ConversationReader().read(data: Data(text.utf8), fileName: "chat.txt")
            #expect(chat.messages.map(\.text) == expected)
            #expect(chat.unparsedLines.isEmpty)
        }
    }

    @Test("Only a lone carriage return changes; \\r\\n and text without one are left alone")
    func loneCarriageReturnsOnly() {
        #expect(LineBreaks.loneCarriageReturnsAsNewlines(Data("a\r\nb\n".utf8)) == nil)
        #expect(LineBreaks.loneCarriageReturnsAsNewlines(Data("a\rb\r\nc\r".utf8)) == Data("a\nb\r\nc\n".utf8))
        let slice = Data("xx\ry".utf8).dropFirst(1)
        #expect(LineBreaks.loneCarriageReturnsAsNewlines(slice) == Data("x\ny".utf8))
    }
}
