import Foundation

/// Replaces names, phone numbers, e-mail addresses and links in text, so a report can be shared
/// or shown without them.
///
/// Participants become "Partner A", "Partner B", … (in the order given), wherever their full name
/// or a part of it (three letters or more) appears, in any case. Names of people who are not
/// participants are not recognised.
public struct Redactor: Sendable {
    /// Each participant's name and the alias that replaces it.
    public let aliases: [String: String]
    private let lowercasedAliases: [String: String]
    private let namePattern: NSRegularExpression?

    /// Stand-ins for what was removed.
    public static let linkToken = "[link]", emailToken = "[email]", phoneToken = "[phone]", nameToken = "[name]"

    /// Creates a redactor for a conversation's participants.
    ///
    /// - Parameter participants: The names, in the order their aliases are given (A, B, …).
    public init(participants: [String]) {
        var aliases: [String: String] = [:]
        var lowered: [String: String] = [:]
        for (index, name) in participants.enumerated() {
            let alias = Self.alias(at: index, of: participants.count)
            aliases[name] = alias
            lowered[name.lowercased()] = alias
        }
        // Parts of names ("Alex" of "Alex Morgan") too, unless two people share the part.
        var partOwners: [String: Set<String>] = [:]
        for name in participants {
            for part in name.split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "," }) where part.count >= 3 {
                if Self.digitCount(String(part)) > 0 { continue }
                partOwners[part.lowercased(), default: []].insert(name)
            }
        }
        // A part two people share (a family name) cannot say who is meant, but must still go.
        for (part, owners) in partOwners where lowered[part] == nil {
            lowered[part] = owners.count == 1 ? aliases[owners.first!] : Self.nameToken
        }
        self.aliases = aliases
        lowercasedAliases = lowered
        let alternatives = lowered.keys.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
            .map(NSRegularExpression.escapedPattern(for:))
        namePattern = alternatives.isEmpty ? nil : try? NSRegularExpression(
            pattern: "(?<![\\p{L}\\p{N}])(?:" + alternatives.joined(separator: "|") + ")(?![\\p{L}\\p{N}])",
            options: [.caseInsensitive])
    }

    /// The alias of the participant at an index: "Partner A" and "Partner B" for a couple,
    /// "Person A" … "Person Z", then "Person 27" … in a group.
    ///
    /// - Parameters:
    ///   - index: The participant's position, from 0.
    ///   - count: How many participants there are.
    /// - Returns: The alias.
    public static func alias(at index: Int, of count: Int) -> String {
        let noun = count <= 2 ? "Partner" : "Person"
        return index < 26 ? noun + " " + String(UnicodeScalar(UInt8(65 + index))) : "\(noun) \(index + 1)"
    }

    /// The alias for a name: the participant's alias, or the name with its identifiers removed.
    ///
    /// - Parameter name: A participant's name.
    /// - Returns: Their alias.
    public func alias(for name: String) -> String {
        aliases[name] ?? lowercasedAliases[name.lowercased()] ?? redact(name)
    }

    /// Removes links, e-mail addresses, phone numbers and participants' names from text.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The text with each of them replaced by a stand-in or an alias.
    public func redact(_ text: String) -> String {
        var result = Self.replace(Self.url, in: text) { _ in Self.linkToken }
        result = Self.replace(Self.email, in: result) { _ in Self.emailToken }
        result = Self.replace(Self.phone, in: result) { Self.looksLikePhone($0) ? Self.phoneToken : $0 }
        if let namePattern {
            result = Self.replace(namePattern, in: result) { lowercasedAliases[$0.lowercased()] ?? $0 }
        }
        return result
    }

    /// Redacts text whose evidence spans (Unicode scalar offsets) must keep pointing at the same words.
    ///
    /// - Parameters:
    ///   - text: The message.
    ///   - evidence: Spans into it, in order and not overlapping.
    /// - Returns: The redacted text and the spans moved to match it.
    public func redact(_ text: String, evidence: [Evidence]) -> (String, [Evidence]) {
        let scalars = Array(text.unicodeScalars)
        var output = "", moved: [Evidence] = []
        var position = 0, outputLength = 0
        func append(_ range: Range<Int>) -> Int {
            let piece = redact(String(String.UnicodeScalarView(scalars[range])))
            output += piece
            outputLength += piece.unicodeScalars.count
            return outputLength
        }
        for span in evidence where span.start >= position && span.end <= scalars.count && span.start < span.end {
            _ = append(position..<span.start)
            let start = outputLength
            let end = append(span.start..<span.end)
            moved.append(Evidence(start: start, end: end, text: redact(span.text)))
            position = span.end
        }
        _ = append(position..<scalars.count)
        return (output, moved)
    }

    private static func replace(_ pattern: NSRegularExpression, in text: String, with make: (String) -> String) -> String {
        let source = text as NSString
        let matches = pattern.matches(in: text, range: NSRange(location: 0, length: source.length))
        guard !matches.isEmpty else { return text }
        var result = ""
        var last = 0
        for match in matches {
            result += source.substring(with: NSRange(location: last, length: match.range.location - last))
            result += make(source.substring(with: match.range))
            last = match.range.location + match.range.length
        }
        return result + source.substring(from: last)
    }

    private static func digitCount(_ text: String) -> Int { text.unicodeScalars.filter { $0.properties.numericType != nil }.count }

    /// Seven digits or more, and not shaped like a date or a time.
    private static func looksLikePhone(_ candidate: String) -> Bool {
        guard digitCount(candidate) >= 7 else { return false }
        let range = NSRange(location: 0, length: (candidate as NSString).length)
        return dateShape.firstMatch(in: candidate, range: range) == nil
    }

    // The patterns are fixed and valid, so `try!` cannot fail.
    // swiftlint:disable force_try
    private static let url = try! NSRegularExpression(
        pattern: "(?:https?://|www\\.)[^\\s<>\"]+|(?<![@\\w.])[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|io|co|me|ly|app|dev|info|de|fr|uk|es|it|nl)(?:/[^\\s<>\"]*)?(?![\\w])",
        options: [.caseInsensitive])
    private static let email = try! NSRegularExpression(
        pattern: "[A-Z0-9._%+-]+@[A-Z0-9.-]+\\.[A-Z]{2,}", options: [.caseInsensitive])
    private static let phone = try! NSRegularExpression(pattern: "(?<![\\w+])\\+?\\(?\\d[\\d \\-().]{5,}\\d(?![\\w])")
    private static let dateShape = try! NSRegularExpression(
        pattern: "^(?:\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4})$")
    // swiftlint:enable force_try
}
