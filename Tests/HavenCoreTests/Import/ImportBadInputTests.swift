import Foundation
import Testing
import ZIPFoundation
@testable import HavenCore

/// Damaged, empty, binary and unknown files give clear, typed errors, never a crash or hang.
@Suite("Import: bad input")
struct ImportBadInputTests {
    let reader = ConversationReader()

    @Test func unknownFormatListsWhatHavenReads() throws {
        let error = #expect(throws: ImportError.self) {
            try reader.read(data: Data("just some notes\nabout nothing\n".utf8), fileName: "notes.txt")
        }
        #expect(error == .unknownFormat(file: "notes.txt"))
        for format in ImportFormat.allCases { #expect(error?.description.contains(format.rawValue) == true) }
    }

    @Test func emptyFiles() {
        for data in [Data(), Data("  \n\r\n".utf8), Data([0xEF, 0xBB, 0xBF])] {
            #expect(throws: ImportError.emptyFile(file: "chat.txt")) { try reader.read(data: data, fileName: "chat.txt") }
        }
    }

    @Test func binaryFile() {
        let data = Data((0..<4_096).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        #expect(throws: ImportError.binaryFile(file: "photo.jpg")) { try reader.read(data: data, fileName: "photo.jpg") }
    }

    @Test func truncatedJSONNamesTheLineWhereItStops() throws {
        let full = try Data(contentsOf: SharedData.url("chat-formats/tg-parser/tests/fixtures/personal_chat.json"))
        let cut = full.prefix(full.count / 2)
        let lines = cut.filter { $0 == 0x0A }.count + 1
        let error = #expect(throws: ImportError.self) { try reader.read(data: cut, fileName: "result.json") }
        #expect(error == .malformedJSON(file: "result.json", detail: "it stops at line \(lines) before the JSON is closed"))
    }

    @Test("A syntax error inside an export's JSON is located by line and column, not just counted", arguments: [
        ("{\"name\": \"A\", \"type\": \"personal_chat\",\n \"messages\": [\n  {\"id\": 1 \"type\": \"message\"}\n ]\n}\n",
         "expected ',' or '}' at line 3, column 12"),
        ("[01/02/2024, 10:00] Ana: hi\n", "expected ',' or ']' at line 1, column 4"),
        ("hello there\n", "it does not start with { or [, so it is not JSON"),
    ])
    func jsonSyntaxErrorIsLocated(text: String, detail: String) {
        let error = #expect(throws: ImportError.self) { try reader.read(data: Data(text.utf8), fileName: "result.json", format: .telegram) }
        #expect(error == .malformedJSON(file: "result.json", detail: detail))
    }

    @Test("An export cut short is called cut short wherever the cut falls", arguments: [
        "{\"name\": \"A\",\n \"messages\": [\n  {\"text\": \"\u{41F}\u{440}\u{438}",
        "{\"name\": \"A\",\n \"messages\": [\n  {\"text\": \"ok \u{1F600}",
        "{\"name\": \"A\",\n \"messages\": [\n  {\"text\": \"caf\\u00",
        "{\"name\": \"A\",\n \"messages\": [\n  {\"edited\": tr",
    ])
    func cutShortAnywhere(text: String) {
        var data = Data(text.utf8)
        if text.hasSuffix("\u{440}\u{438}") || text.hasSuffix("\u{1F600}") { data.removeLast() }  // cut inside the character
        let error = #expect(throws: ImportError.self) { try reader.read(data: data, fileName: "result.json", format: .telegram) }
        #expect(error == .malformedJSON(file: "result.json", detail: "it stops at line 3 before the JSON is closed"))
    }

    @Test("A byte-order mark does not hide the JSON, and the column counts characters")
    func bomAndColumnInCharacters() {
        let text = "\u{FEFF}{\"name\": \"Zo\u{EB}\", \"x\": 1 2}\n"
        let error = #expect(throws: ImportError.self) { try reader.read(data: Data(text.utf8), fileName: "result.json", format: .telegram) }
        #expect(error == .malformedJSON(file: "result.json", detail: "expected ',' or '}' at line 1, column 24"))
    }

    @Test func invalidUTF8InsideJSONNamesTheLine() throws {
        var data = try Data(contentsOf: SharedData.url("chat-formats/tg-parser/tests/fixtures/personal_chat.json"))
        let firstText = try #require(data.firstRange(of: Data("\"text\": \"".utf8)))
        data.insert(0xE9, at: firstText.upperBound)
        let line = data.prefix(upTo: firstText.upperBound).filter { $0 == 0x0A }.count + 1
        let error = #expect(throws: ImportError.self) { try reader.read(data: data, fileName: "result.json", format: .telegram) }
        #expect(error == .malformedJSON(file: "result.json", detail: "line \(line) is not valid UTF-8 text"))
    }

    @Test func jsonOfTheWrongShape() {
        let data = Data(#"{"messages": [{"type": "message", "date": "2024-01-01T10:00:00", "from": "A", "text": 5}]}"#.utf8)
        let error = #expect(throws: ImportError.self) { try reader.read(data: data, fileName: "result.json") }
        guard case .unexpectedStructure(_, .telegram, _) = error else {
            Issue.record("expected unexpectedStructure, got \(String(describing: error))")
            return
        }
    }

    @Test func truncatedZip() throws {
        let full = try Data(contentsOf: SharedData.url("chat-formats/chat-analytics/tests/samples/whatsapp/4A_11M.zip"))
        let error = #expect(throws: ImportError.self) { try reader.read(data: full.prefix(full.count - 30), fileName: "chat.zip") }
        guard case .corruptArchive(let file, _) = error else {
            Issue.record("expected corruptArchive, got \(String(describing: error))")
            return
        }
        #expect(file == "chat.zip")
    }

    @Test("A chat whose bytes were damaged inside the zip is refused by its checksum", arguments: [false, true])
    func damagedZipEntry(compressed: Bool) throws {
        let method: CompressionMethod = compressed ? .deflate : .none
        let chat = Data((1...200).map { "12/01/2024, 09:\(String(format: "%02d", $0 % 60)) - Ana: message \($0)\n" }.joined().utf8)
        let archive = try Archive(data: Data(), accessMode: .create)
        try archive.addEntry(with: "_chat.txt", type: .file, uncompressedSize: Int64(chat.count), compressionMethod: method) { position, size in
            chat.subdata(in: Int(position)..<Int(position) + size)
        }
        var data = try #require(archive.data)
        #expect(try reader.read(data: data, fileName: "chat.zip").messages.count == 200, "the intact archive reads")
        // The entry's data starts after the 30-byte local header and the 9-byte name.
        data[30 + 9 + 20] ^= 0x01
        let error = #expect(throws: ImportError.self) { try reader.read(data: data, fileName: "chat.zip") }
        guard case .corruptArchive(let file, let detail) = error else {
            Issue.record("expected corruptArchive, got \(String(describing: error))")
            return
        }
        #expect(file == "chat.zip")
        if !compressed { #expect(detail.contains("checksum"), "a stored entry unpacks; only its checksum tells: \(detail)") }
    }

    @Test func zipWithTwoChatsSaysWhichItRead() throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, name) in [("a/_chat.txt", "Ana"), ("b/_chat.txt", "Leo")] {
            let chat = Data("12/01/2024, 09:00 - \(name): hi\n12/01/2024, 09:01 - \(name): there\n".utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(chat.count)) { position, size in
                chat.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let data = try #require(archive.data)
        let chat = try reader.read(data: data, fileName: "two.zip")
        #expect(chat.messages.count == 2)
        #expect(chat.warnings.contains(.otherChatsInArchive(read: "a/_chat.txt", others: ["b/_chat.txt"])), "\(chat.warnings)")
        let single = try reader.read(data: try Data(contentsOf: SharedData.url("chat-formats/chat-analytics/tests/samples/whatsapp/4A_11M.zip")), fileName: "one.zip")
        #expect(!single.warnings.contains { if case .otherChatsInArchive = $0 { true } else { false } })
    }

    @Test func truncatedIMessagePageIsFlagged() throws {
        let full = try Data(contentsOf: SharedData.url("chat-formats/imessage-exporter/imessage-exporter/src/exporters/resources/example.html"))
        let whole = try reader.read(data: full, fileName: "chat.html")
        #expect(!whole.warnings.contains { if case .cutShort = $0 { true } else { false } })
        let cut = try reader.read(data: full.prefix(full.count * 2 / 3), fileName: "chat.html")
        #expect(cut.warnings.contains(.cutShort(detail: "it does not end with </html>")), "\(cut.warnings)")
        #expect(cut.messages.count < whole.messages.count)
    }

    @Test func zipWithoutAChat() throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        let picture = Data(repeating: 0xFF, count: 64)
        try archive.addEntry(with: "IMG-0001.jpg", type: .file, uncompressedSize: Int64(picture.count)) { position, size in
            picture.subdata(in: Int(position)..<Int(position) + size)
        }
        let data = try #require(archive.data)
        #expect(throws: ImportError.noChatInArchive(file: "media.zip")) { try reader.read(data: data, fileName: "media.zip") }
    }

    @Test func forcedFormatThatDoesNotFit() {
        let data = Data("just words\n".utf8)
        #expect(throws: ImportError.notThisFormat(file: "a.txt", format: .whatsapp, detail: "no line starts with a date and time")) {
            try reader.read(data: data, fileName: "a.txt", format: .whatsapp)
        }
    }

    @Test func missingFileAndFolder() {
        let missing = URL(fileURLWithPath: "/nonexistent/chat.txt")
        #expect(throws: ImportError.unreadableFile(file: "chat.txt", reason: "no such file")) { try reader.read(contentsOf: missing) }
        let folder = SharedData.url("chat-formats/whatstk")
        #expect(throws: ImportError.self) { try reader.read(contentsOf: folder) }
    }

    @Test func mixedEncodingsAreReadWithAWarning() throws {
        var data = Data("[16/03/2022, 15:20:25] Noor: na".utf8)
        data.append(contentsOf: [0xEF, 0x76, 0x65])  // "ïve" in Windows-1252 inside a UTF-8 file
        data.append(Data("\n[16/03/2022, 15:21:00] Jamie: 😊\n".utf8))
        let chat = try reader.read(data: data, fileName: "chat.txt")
        #expect(chat.messages.map(\.text) == ["naïve", "😊"])
        #expect(chat.warnings == [.invalidUTF8Lines(count: 1, firstLine: 1)])
    }

    @Test func utf16FileIsRead() throws {
        var data = Data([0xFF, 0xFE])
        data.append("16/03/2022, 15:20 - Noor: hi\n".data(using: .utf16LittleEndian)!)
        let chat = try reader.read(data: data, fileName: "chat.txt")
        #expect(chat.messages.map(\.text) == ["hi"])
    }

    @Test func errorsNameTheFile() {
        let errors: [ImportError] = [
            .emptyFile(file: "f.txt"), .binaryFile(file: "f.txt"), .corruptArchive(file: "f.txt", detail: "x"),
            .malformedJSON(file: "f.txt", detail: "x"), .undecodableText(file: "f.txt", line: 3),
        ]
        for error in errors { #expect(error.description.hasPrefix("f.txt")) }
        #expect(ImportError.undecodableText(file: "f.txt", line: 3).description.hasPrefix("f.txt:3:"))
    }
}

/// Every shared sample cut at several points: each cut either parses or fails with an `ImportError`.
@Suite("Import: truncated samples never crash")
struct ImportTruncationTests {
    static let samples: [String] = {
        let root = SharedData.url("chat-formats")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return files.filter { ["txt", "json", "zip", "html"].contains($0.pathExtension) }
            .map { String($0.path.dropFirst(root.path.count + 1)) }.sorted()
    }()

    @Test func samplesAreFound() {
        #expect(Self.samples.count > 80)
    }

    @Test(arguments: samples)
    func cutsNeverCrash(path: String) throws {
        let data = try Data(contentsOf: SharedData.url("chat-formats/" + path))
        for fraction in [0.1, 0.33, 0.5, 0.77, 0.99] {
            let cut = data.prefix(Int(Double(data.count) * fraction))
            do {
                _ = try ConversationReader().read(data: cut, fileName: (path as NSString).lastPathComponent)
            } catch is ImportError {
                // A clear, typed error is the expected outcome for many cuts.
            }
        }
    }
}
