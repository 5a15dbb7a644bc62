import Foundation
import Testing
@testable import HavenCore

/// WhatsApp header layouts, date orders and message shapes, on inline text.
@Suite("Import: WhatsApp parsing")
struct ImportWhatsAppParsingTests {
    struct HeaderSample: Sendable, CustomStringConvertible {
        var id: String
        var line: String
        var expected: String
        var description: String { id }
    }

    /// The 12 header layouts (and their invisible characters) from whatsapp-chat-parser's samples.
    static let headerSamples: [HeaderSample] = {
        let text = (try? String(contentsOf: SharedData.url("chat-formats/whatsapp-chat-parser/header_format_samples.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").dropFirst(3).map { row in
            let columns = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return HeaderSample(id: columns[0], line: columns[1], expected: columns[2])
        }
    }()

    @Test func headerSampleFileIsRead() {
        #expect(Self.headerSamples.count == 12)
    }

    @Test(arguments: headerSamples)
    func headerLayouts(sample: HeaderSample) throws {
        let chat = try Fixtures.whatsapp(sample.line + "\n")
        let message = try #require(chat.messages.first)
        #expect(message.sender == "a")
        #expect(message.text == "m")
        #expect(message.timestamp == Fixtures.date(sample.expected))
        #expect(chat.unparsedLineCount == 0)
    }

    /// whatstk's catalogue of 96 header formats (strftime-style), each rendered for 2034-11-23 21:07:05.
    /// The year 2034 and day 23 make every layout decidable: "34" can only be a year, "23" only a day.
    static let whatstkFormats: [String] = {
        struct Entry: Decodable { var format: String }
        let url = SharedData.url("chat-formats/whatstk/whatstk/whatsapp/assets/header_format_support.json")
        return ((try? JSONDecoder().decode([Entry].self, from: Data(contentsOf: url))) ?? []).map(\.format)
    }()

    @Test func whatstkCatalogueIsRead() {
        #expect(Self.whatstkFormats.count == 96)
    }

    @Test(arguments: whatstkFormats)
    func whatstkHeaderFormats(format: String) throws {
        let replacements = [
            ("%name", "Ana"), ("%y", "34"), ("%m", "11"), ("%d", "23"), ("%H", "21"), ("%I", "09"), ("%M", "07"),
            ("%S", "05"), ("%p", "PM"),
        ]
        let line = replacements.reduce(format) { $0.replacingOccurrences(of: $1.0, with: $1.1) } + " hello"
        let chat = try Fixtures.whatsapp(line + "\n")
        let message = try #require(chat.messages.first, "\(line)")
        #expect(message.sender == "Ana")
        #expect(message.text == "hello")
        #expect(message.timestamp == Fixtures.date(format.contains("%S") ? "2034-11-23T21:07:05" : "2034-11-23T21:07"), "\(line)")
    }

    @Test func calendarsGiveTheSameDates() throws {
        let gregorian = try Fixtures.shared("whats_json/test/data/calendars/Gregorian iOS.txt")
        for calendar in ["Buddhist", "Japanese"] {
            let other = try Fixtures.shared("whats_json/test/data/calendars/\(calendar) iOS.txt")
            // The three exports were made separately, so seconds may differ; the dates must not.
            let minutes = { (chat: Conversation) in chat.messages.map { Int($0.timestamp.timeIntervalSince1970 / 60) } }
            #expect(minutes(other) == minutes(gregorian), "\(calendar)")
        }
    }

    @Test func dayAboveTwelveAnywhereDecidesTheOrder() throws {
        var lines = (1...9).map { "0\($0)/02/2021, 10:00 - Ana: message \($0)" }
        lines.append("25/02/2021, 10:00 - Leo: the 25th settles it")
        let chat = try Fixtures.whatsapp(lines.joined(separator: "\n"))
        #expect(chat.warnings.isEmpty)
        #expect(chat.messages.first?.timestamp == Fixtures.date("2021-02-01T10:00"))
        #expect(chat.messages.last?.timestamp == Fixtures.date("2021-02-25T10:00"))
    }

    @Test func monthAboveTwelveMeansMonthFirst() throws {
        let chat = try Fixtures.whatsapp("1/2/21, 9:00 AM - Ana: hi\n1/13/21, 9:00 PM - Leo: hey\n")
        #expect(chat.messages.map(\.timestamp) == [Fixtures.date("2021-01-02T09:00"), Fixtures.date("2021-01-13T21:00")])
    }

    @Test func ambiguousOrderWarnsAndCanBeForced() throws {
        let text = "03/04/21, 10:00 - Ana: hi\n03/04/21, 10:05 - Leo: hey\n"
        let guessed = try Fixtures.whatsapp(text)
        #expect(guessed.warnings == [.ambiguousDateOrder(assumed: .dayFirst)])
        #expect(guessed.messages.first?.timestamp == Fixtures.date("2021-04-03T10:00"))
        let forced = try Fixtures.whatsapp(text, dateOrder: .monthFirst)
        #expect(forced.warnings.isEmpty)
        #expect(forced.messages.first?.timestamp == Fixtures.date("2021-03-04T10:00"))
    }

    @Test func timeRunningForwardBreaksTheTie() throws {
        // Read day-first, these dates jump back and forth; read month-first they run forward.
        let text = "01/02/21, 10:00 - Ana: a\n01/03/21, 10:00 - Leo: b\n01/04/21, 10:00 - Ana: c\n02/01/21, 10:00 - Leo: d\n"
        let chat = try Fixtures.whatsapp(text)
        #expect(chat.warnings.isEmpty)
        #expect(chat.messages.map(\.text) == ["a", "b", "c", "d"])
        #expect(chat.messages[3].timestamp == Fixtures.date("2021-02-01T10:00"))
    }

    @Test func multiLineMessagesKeepBlankLinesInside() throws {
        let text = "[16/03/2022, 15:20:25] Noor: Hi\r\n\r\nthere\r\n\r\n[16/03/2022, 15:21:00] Jamie: ok\r\n"
        let chat = try Fixtures.whatsapp(text)
        #expect(chat.messages.map(\.text) == ["Hi\n\nthere", "ok"])
        #expect(chat.messages.map(\.sourceLine) == [1, 5])
    }

    @Test func linesBeforeTheFirstMessageAreReportedWithTheirNumber() throws {
        let chat = try Fixtures.whatsapp("stray text\n\n16/03/2022, 15:20 - Noor: Hi\n")
        #expect(chat.unparsedLineCount == 1)
        #expect(chat.unparsedLines == [UnparsedLine(line: 1, text: "stray text")])
        #expect(chat.messages.count == 1)
    }

    @Test func impossibleDatesAreReportedNotGuessed() throws {
        let chat = try Fixtures.whatsapp("31/01/2022, 10:00 - Noor: ok\n31/02/2022, 10:00 - Noor: no such day\n")
        #expect(chat.messages.map(\.text) == ["ok"])
        #expect(chat.unparsedLines.map(\.line) == [2])
    }

    @Test func systemMarkersBecomeEventsNotWords() throws {
        let text = """
            12/01/2024, 09:00 - Ana: <Media omitted>
            12/01/2024, 09:01 - Ana: <Media omitted>
            Look at this
            12/01/2024, 09:02 - Leo: This message was deleted
            12/01/2024, 09:03 - Leo: IMG-20240112-WA0001.jpg (file attached)
            12/01/2024, 09:04 - Leo: Missed voice call
            12/01/2024, 09:05 - Ana: See you at 8 <This message was edited>
            12/01/2024, 09:06 - Leo added Mia
            """
        let chat = try Fixtures.whatsapp(text)
        #expect(chat.events.map(\.kind) == [.mediaOmitted, .deletedMessage, .attachment, .call, .membership])
        #expect(chat.events.last?.sender == nil)
        #expect(chat.messages.map(\.text) == ["Look at this", "See you at 8"])
        #expect(chat.messages[0].hasAttachment)
        #expect(chat.messages[1].isEdited)
    }

    @Test func iOSMarksAreReadWithCare() throws {
        let text = """
            [1/29/18, 23:58:03] Elon: \u{200E}\u{200E}Your security code with Elon changed. \u{200E}Tap to learn more.
            [1/29/18, 23:59:03] Bob: \u{200E}How about Locations?
            \u{200E}[1/29/18, 23:59:10] Bob: Notes.pdf \u{200E}document omitted
            [1/29/18, 23:59:20] Bob: \u{200E}Location: https://maps.google.com/?q=50.94,6.95
            [1/29/18, 23:59:30] Alice: live location shared
            """
        let chat = try Fixtures.whatsapp(text)
        #expect(chat.messages.map(\.text) == ["How about Locations?"])
        #expect(chat.events.map(\.kind) == [.securityChange, .mediaOmitted, .location, .location])
    }

    @Test func onlySystemMessagesGiveAnEmptyConversationWithAReason() throws {
        let chat = try Fixtures.own("whatsapp/only_system.txt")
        #expect(chat.isEmpty)
        #expect(chat.events.count == 3)
        #expect(chat.emptyReason?.contains("only system messages") == true)
    }

    @Test func invalidUTF8LinesAreReadAsWindows1252() throws {
        var data = Data("16/03/2022, 15:20 - Noor: caf".utf8)
        data.append(0xE9)  // "é" in Latin-1, invalid as UTF-8
        data.append(Data("\n16/03/2022, 15:21 - Jamie: ok\n".utf8))
        let chat = try WhatsAppImporter().importConversation(from: data, options: ImportOptions())
        #expect(chat.messages.map(\.text) == ["café", "ok"])
        #expect(chat.warnings == [.invalidUTF8Lines(count: 1, firstLine: 1)])
    }
}
