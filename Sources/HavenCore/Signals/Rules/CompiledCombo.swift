/// A combo with its rule names and flags resolved once, so checking it costs a few array reads.
struct CompiledCombo: Sendable {
    /// The message and context flags a combo may name.
    struct Flags {
        var negative: Bool
        var tension: Bool
        var complaint: Bool
        var addressed: Bool
        var otherLaughed: Bool
        var positive: Bool
        var question: Bool

        func value(_ name: String) -> Bool? {
            switch name {
            case "msg.negative": return negative
            case "msg.addressed": return addressed
            case "msg.not-positive": return !positive
            case "msg.question": return question
            case "ctx.tension": return tension
            case "ctx.complaint": return complaint
            case "ctx.no-laughter": return !otherLaughed
            default: return nil
            }
        }
    }

    private enum Term { case rule(Int), flag(String) }
    private let all: [Term]
    private let any: [Term]
    /// The rules whose hits are the combo's evidence.
    let members: Set<Int>

    init(_ combo: RuleBook.Combo, ruleIndex: [String: Int]) {
        func term(_ name: String) -> Term { ruleIndex[name].map(Term.rule) ?? .flag(name) }
        all = combo.all.map(term)
        any = (combo.any ?? []).map(term)
        members = Set((combo.all + (combo.any ?? [])).compactMap { ruleIndex[$0] })
    }

    func holds(fired: [Bool], flags: Flags) -> Bool {
        func value(_ t: Term) -> Bool {
            switch t {
            case let .rule(r): return fired[r]
            case let .flag(name): return flags.value(name) ?? false
            }
        }
        return all.allSatisfy(value) && (any.isEmpty || any.contains(where: value))
    }
}
