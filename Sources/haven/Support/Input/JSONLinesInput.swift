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

    /// Fails when the input stopped because it could not be read rather than because it ended:
    /// the lines so far are not all there is.
    func checkReadWhole() throws {
        if reader.readFailed { throw CLIError.cannotRead(name) }
    }

    /// The next record, a parse error for its line, or `nil` at the end. Blank lines are skipped.
    mutating func next() -> (line: Int, record: Result<ClassificationInput, InputLineError>)? {
        guard let (line, bytes) = nextLine() else { return nil }
        do {
            return (line, .success(try ClassificationInput.parse(bytes)))
        } catch {
            return (line, .failure(error))
        }
    }

    /// The next lines as they are, unparsed, with their numbers: up to `maxLines` of them, fewer
    /// once they hold `maxBytes` bytes; empty at the end. Blank lines are skipped.
    mutating func nextBatch(maxLines: Int, maxBytes: Int) -> (numbers: [Int], lines: [Data]) {
        var numbers: [Int] = []
        var lines: [Data] = []
        var bytes = 0
        while numbers.count < maxLines, bytes < maxBytes, let (number, line) = nextLine() {
            numbers.append(number)
            lines.append(line)
            bytes += line.count
        }
        return (numbers, lines)
    }

    /// The next line that is not blank, with its number.
    private mutating func nextLine() -> (Int, Data)? {
        while let bytes = reader.next() {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return (reader.lineNumber, bytes)
        }
        return nil
    }
}

/// Writes `line N: message` to standard error.
func reportBadLine(_ line: Int, _ error: InputLineError) {
    writeToStandardError("line \(line): \(error.description)\n")
}
