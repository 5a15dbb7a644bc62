import Foundation
import HavenCore

/// Reads `ClassificationInput` records from JSON Lines, reporting bad lines the way every
/// command does: `line N: <what is wrong>` on stderr.
struct JSONLinesInput {
    var reader: LineReader
    let name: String

    init(path: String?) throws {
        let (handle, name) = try openInput(path)
        reader = LineReader(handle: handle)
        self.name = name
    }

    /// The next record, a parse error for its line, or `nil` at the end. Blank lines are skipped.
    mutating func next() -> (line: Int, record: Result<ClassificationInput, InputLineError>)? {
        while let bytes = reader.next() {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            do {
                return (reader.lineNumber, .success(try ClassificationInput.parse(bytes)))
            } catch {
                return (reader.lineNumber, .failure(error))
            }
        }
        return nil
    }
}

/// Writes `line N: message` to standard error.
func reportBadLine(_ line: Int, _ error: InputLineError) {
    FileHandle.standardError.write(Data("line \(line): \(error.description)\n".utf8))
}
