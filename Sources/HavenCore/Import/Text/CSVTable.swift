import Foundation

/// A small RFC 4180 reader: quoted fields with doubled quotes and line breaks inside them,
/// and `,`, `;` or tab as delimiter.
struct CSVTable {
    /// One row and the 1-based line it starts on.
    struct Row {
        var fields: [String]
        var line: Int
    }

    var rows: [Row] = []

    /// The delimiter used by a header line: the most frequent of `,`, `;` and tab.
    static func delimiter(ofHeader line: Substring) -> Character {
        let candidates: [Character] = [",", ";", "\t"]
        return candidates.max { lhs, rhs in line.filter { $0 == lhs }.count < line.filter { $0 == rhs }.count } ?? ","
    }

    init(text: String, delimiter: Character) {
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var rowLine = 1
        var iterator = text.makeIterator()
        var pending: Character? = nil
        func endRow() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(fields: fields, line: rowLine)) }
            fields = []
            field = ""
        }
        while let character = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if character == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
                } else {
                    if character.isNewline { line += 1 }
                    field.append(character)
                }
            } else if character == "\"" && field.isEmpty {
                inQuotes = true
            } else if character == delimiter {
                fields.append(field)
                field = ""
            } else if character.isNewline {
                endRow()
                line += 1
                rowLine = line
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !fields.isEmpty { endRow() }
    }
}
