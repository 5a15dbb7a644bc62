import Foundation

/// Turns the pattern strings of the phrase table into ``SafetyPattern`` values.
struct SafetyPatternParser {
    /// Class name → member words.
    let classes: [String: [String]]

    /// A parsed slot before its words get ids.
    enum RawSlot: Equatable {
        case words([String], optional: Bool)
        case gap(Int)
        case end
    }

    /// Parses one pattern into raw slots, checking its shape.
    ///
    /// - Parameter pattern: The pattern as written, without its leading `!` or `^` markers.
    /// - Returns: Its slots.
    /// - Throws: ``SafetyError/invalidPattern(pattern:reason:)`` when it is malformed.
    func parse(_ pattern: String) throws(SafetyError) -> [RawSlot] {
        let parts = pattern.split(separator: " ")
        var slots: [RawSlot] = []
        for part in parts {
            if part == "$" {
                slots.append(.end)
                continue
            }
            if part.hasPrefix("*") {
                guard let n = Int(part.dropFirst()), (1...8).contains(n) else {
                    throw .invalidPattern(pattern: pattern, reason: "a gap is written *1 to *8, not '\(part)'")
                }
                slots.append(.gap(n))
                continue
            }
            var text = Substring(part)
            let optional = text.hasSuffix("?")
            if optional { text = text.dropLast() }
            var words: [String] = []
            for alternative in text.split(separator: "|", omittingEmptySubsequences: false) {
                words.append(contentsOf: try expand(alternative, in: pattern))
            }
            slots.append(.words(words, optional: optional))
        }
        guard let first = slots.first, case .words(_, optional: false) = first else {
            throw .invalidPattern(pattern: pattern, reason: "a pattern must start with a required word")
        }
        if case .gap = slots[slots.count - 1] {
            throw .invalidPattern(pattern: pattern, reason: "a pattern must not end with a gap")
        }
        return slots
    }

    private func expand(_ alternative: Substring, in pattern: String) throws(SafetyError) -> [String] {
        if alternative.hasPrefix("@") {
            guard let members = classes[String(alternative.dropFirst())] else {
                throw .invalidPattern(pattern: pattern, reason: "unknown class '\(alternative)'")
            }
            return members
        }
        let valid = !alternative.isEmpty && alternative.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) }
        guard valid else {
            throw .invalidPattern(
                pattern: pattern,
                reason: "'\(alternative)' must be lowercase letters or digits (write don't as 'do not')")
        }
        return [String(alternative)]
    }
}

extension SafetyPatternParser {
    /// Expands `[one phrase|another phrase]` groups into one pattern per alternative.
    ///
    /// - Parameter pattern: A pattern that may hold groups (not nested).
    /// - Returns: The patterns without groups.
    /// - Throws: ``SafetyError/invalidPattern(pattern:reason:)`` for an unclosed or nested group.
    static func expandGroups(_ pattern: String) throws(SafetyError) -> [String] {
        guard let open = pattern.firstIndex(of: "[") else {
            if pattern.contains("]") { throw .invalidPattern(pattern: pattern, reason: "']' without '['") }
            return [pattern]
        }
        guard let close = pattern[open...].firstIndex(of: "]") else {
            throw .invalidPattern(pattern: pattern, reason: "'[' is never closed")
        }
        let inner = pattern[pattern.index(after: open)..<close]
        if inner.contains("[") { throw .invalidPattern(pattern: pattern, reason: "groups cannot be nested") }
        var result: [String] = []
        for alternative in inner.split(separator: "|", omittingEmptySubsequences: false) {
            guard !alternative.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw .invalidPattern(pattern: pattern, reason: "empty alternative in a group")
            }
            let joined = pattern[..<open] + alternative + pattern[pattern.index(after: close)...]
            result.append(contentsOf: try expandGroups(String(joined)))
        }
        return result
    }
}
