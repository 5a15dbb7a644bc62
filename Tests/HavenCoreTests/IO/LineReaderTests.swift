import Foundation
import Testing
import HavenCore

@Suite("Line reader")
struct LineReaderTests {
    func lines(of bytes: [UInt8], chunkSize: Int) throws -> [String] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("haven-lines-\(UUID().uuidString).txt")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var reader = LineReader(handle: try FileHandle(forReadingFrom: url), chunkSize: chunkSize)
        var out: [String] = []
        while let line = reader.next() { out.append(String(decoding: line, as: UTF8.self)) }
        #expect(reader.lineNumber == out.count)
        return out
    }

    @Test("Line endings, a missing last ending and chunk edges give the same lines", arguments: [1, 2, 3, 64])
    func endings(chunkSize: Int) throws {
        let text = Array("one\r\ntwo\n\nthree".utf8)
        #expect(try lines(of: text, chunkSize: chunkSize) == ["one", "two", "", "three"])
    }

    @Test("A byte-order mark before the first line is dropped; later ones are text", arguments: [1, 2, 64])
    func byteOrderMark(chunkSize: Int) throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let read = try lines(of: bom + Array("{\"id\":\"a\"}\r\n".utf8) + bom + Array("x\n".utf8), chunkSize: chunkSize)
        #expect(read == ["{\"id\":\"a\"}", "\u{FEFF}x"])
    }
}
