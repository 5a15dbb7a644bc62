import Foundation
import HavenCore

/// Reads the dialogue corpora beside the repository (MELD and DailyDialog) as lists of turns,
/// for benchmarks. The corpora are never labelled or trained on.
enum CorpusLoader {
    /// Dialogues as (speaker, text) turns, MELD's three splits then DailyDialog's test and validation.
    static func dialogues(root: String) throws -> [[(String, String)]] {
        var out: [[(String, String)]] = []
        for split in ["train", "dev", "test"] {
            let path = "\(root)/MELD/data/MELD/\(split)_sent_emo.csv"
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw CLIError.cannotRead(path) }
            let rows = CSVRows.parse(text)
            guard let header = rows.first, let u = header.firstIndex(of: "Utterance"), let s = header.firstIndex(of: "Speaker"),
                  let d = header.firstIndex(of: "Dialogue_ID") else { throw CLIError.cannotRead(path) }
            var current = "", turns: [(String, String)] = []
            for row in rows.dropFirst() where row.count > max(u, s, d) {
                if row[d] != current, !turns.isEmpty { out.append(turns); turns = [] }
                current = row[d]
                turns.append((row[s], row[u]))
            }
            if !turns.isEmpty { out.append(turns) }
        }
        for split in ["test", "validation"] {
            let path = "\(root)/DailyDialog/ijcnlp_dailydialog/\(split)/dialogues_\(split).txt"
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw CLIError.cannotRead(path) }
            for line in TextLines.split(text) where !line.isEmpty {
                let utterances = line.components(separatedBy: "__eou__").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                out.append(utterances.enumerated().map { ($0.offset % 2 == 0 ? "A" : "B", $0.element) })
            }
        }
        return out
    }
}

/// A small RFC 4180 reader: quoted fields, doubled quotes, commas and newlines inside quotes.
enum CSVRows {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\n" || c == "\r" {
                if c == "\r" { if let next = iterator.next(), next != "\n" { pending = next } }
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
