import Foundation

/// A minimal HTML tokenizer for exported chat pages: start tags with their `class` and `href`,
/// end tags, and text with the common entities decoded. Comments, scripts and styles are skipped.
struct HTMLTokenizer: Sequence, IteratorProtocol {
    /// One piece of the page.
    enum Token: Equatable {
        case start(name: String, classes: [String], href: String?, selfClosing: Bool)
        case end(name: String)
        case text(String)
    }

    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ html: String) {
        scalars = Array(html.unicodeScalars)
    }

    mutating func next() -> Token? {
        guard index < scalars.count else { return nil }
        if scalars[index] == "<" {
            if let token = readTag() { return token }
            return next()
        }
        var text = String.UnicodeScalarView()
        while index < scalars.count, scalars[index] != "<" {
            text.append(scalars[index])
            index += 1
        }
        return .text(Self.decodeEntities(String(text)))
    }

    private mutating func readTag() -> Token? {
        let start = index
        if matches("<!--") {
            index = find("-->").map { $0 + 3 } ?? scalars.count
            return nil
        }
        guard let close = find(">") else {
            index = scalars.count
            return .text(String(String.UnicodeScalarView(scalars[start...])))
        }
        let inner = String(String.UnicodeScalarView(scalars[(start + 1)..<close]))
        index = close + 1
        if inner.hasPrefix("/") {
            return .end(name: inner.dropFirst().trimmingCharacters(in: .whitespaces).lowercased())
        }
        let name = String(inner.prefix { !$0.isWhitespace && $0 != "/" }).lowercased()
        if name == "script" || name == "style" || name == "xmp" {
            let terminator = "</\(name)"
            let end = find(terminator) ?? scalars.count
            let raw = String(String.UnicodeScalarView(scalars[index..<end]))
            index = find(">", from: end).map { $0 + 1 } ?? scalars.count
            return name == "xmp" ? .text(raw) : nil
        }
        return .start(
            name: name, classes: (Self.attribute("class", in: inner) ?? "").split(separator: " ").map(String.init),
            href: Self.attribute("href", in: inner), selfClosing: inner.hasSuffix("/"))
    }

    private func matches(_ literal: String) -> Bool {
        var position = index
        for scalar in literal.unicodeScalars {
            guard position < scalars.count, scalars[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    private func find(_ literal: String, from: Int? = nil) -> Int? {
        let needle = Array(literal.unicodeScalars)
        var position = from ?? index
        while position + needle.count <= scalars.count {
            if scalars[position] == needle[0], Array(scalars[position..<(position + needle.count)]) == needle { return position }
            position += 1
        }
        return nil
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.range(of: "\(name)=\"") ?? tag.range(of: "\(name)='") else { return nil }
        let quote = tag[tag.index(before: range.upperBound)]
        let value = tag[range.upperBound...].prefix { $0 != quote }
        return decodeEntities(String(value))
    }

    /// Decodes `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`, `&nbsp;` and numeric entities.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            rest = rest[amp...]
            guard let semicolon = rest.prefix(10).firstIndex(of: ";") else { result += "&"; rest = rest.dropFirst(); continue }
            let entity = rest[rest.index(after: rest.startIndex)..<semicolon]
            let named: [Substring: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}"]
            if let value = named[entity] {
                result += value
            } else if entity.hasPrefix("#"), let code = entity.hasPrefix("#x") || entity.hasPrefix("#X")
                ? UInt32(entity.dropFirst(2), radix: 16) : UInt32(entity.dropFirst()),
                let scalar = Unicode.Scalar(code)
            {
                result.unicodeScalars.append(scalar)
            } else {
                result += rest[...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
