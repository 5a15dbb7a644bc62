/// Turns one pattern string into concrete word-set sequences, expanding optional elements and
/// multi-word alternatives.
///
/// Syntax: words separated by spaces; `a|b` alternatives; `@CLASS` a class; a trailing `?`
/// makes an element optional; `*N` allows up to N words before the next element (`*N@CLASS`: only words of that class); `^` and `$`
/// anchor to the message's start and end, `<` and `>` to a sentence's, `[` to a clause's start.
struct PatternParser {
    enum Item {
        case choice(alternatives: [[String]], optional: Bool)
        case gap(Int, words: [String]?)
        case anchor(Character)
    }

    enum Concrete: Hashable {
        case words([String])
        case gap(Int, words: [String]?)
        case anchor(Character)
    }

    let classes: [String: [String]]

    func parse(_ pattern: String, rule: String) throws -> [Item] {
        var items: [Item] = []
        for raw in pattern.split(separator: " ") {
            var part = String(raw)
            if part.count == 1, let c = part.first, "^$<>[".contains(c) {
                items.append(.anchor(c))
                continue
            }
            if part.hasPrefix("*") {
                let spec = part.dropFirst().split(separator: "@", maxSplits: 1)
                var words: [String]? = nil
                if spec.count == 2 {
                    guard let members = classes[String(spec[1])] else {
                        throw RuleBookError.unknownClass(rule: rule, pattern: pattern, name: String(spec[1]))
                    }
                    words = members
                }
                items.append(.gap(spec.first.flatMap { Int($0) } ?? 1, words: words))
                continue
            }
            var optional = false
            if part.count > 1, part.hasSuffix("?") {
                optional = true
                part.removeLast()
            }
            var alternatives: [[String]] = []
            for alt in part.split(separator: "|") {
                if alt.hasPrefix("@") {
                    let name = String(alt.dropFirst())
                    guard let members = classes[name] else {
                        throw RuleBookError.unknownClass(rule: rule, pattern: pattern, name: name)
                    }
                    alternatives += members.map { $0.split(separator: " ").map(String.init) }
                } else {
                    alternatives.append([String(alt)])
                }
            }
            items.append(.choice(alternatives: alternatives, optional: optional))
        }
        return items
    }

    /// Every concrete sequence the items stand for: single-word alternatives stay together as one
    /// set, each multi-word alternative and each omitted optional element becomes its own branch.
    func expand(_ items: [Item]) -> [[Concrete]] {
        var results: [[Concrete]] = [[]]
        for item in items {
            var branches: [[Concrete]] = []
            switch item {
            case let .gap(n, words): branches = [[.gap(n, words: words)]]
            case let .anchor(c): branches = [[.anchor(c)]]
            case let .choice(alternatives, optional):
                let single = alternatives.filter { $0.count == 1 }.map { $0[0] }
                if !single.isEmpty { branches.append([.words(single)]) }
                for multi in alternatives where multi.count > 1 {
                    branches.append(multi.map { .words([$0]) })
                }
                if optional { branches.append([]) }
            }
            var next: [[Concrete]] = []
            next.reserveCapacity(results.count * branches.count)
            for prefix in results {
                for branch in branches { next.append(prefix + branch) }
            }
            results = next
        }
        return results
    }
}
