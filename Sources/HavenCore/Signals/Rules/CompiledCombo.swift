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

        /// A flag a combo names, read from its name once when the combo is compiled.
        enum Name: String {
            case negative = "msg.negative"
            case addressed = "msg.addressed"
            case notPositive = "msg.not-positive"
            case question = "msg.question"
            case tension = "ctx.tension"
            case complaint = "ctx.complaint"
            case noLaughter = "ctx.no-laughter"
        }

        func value(_ name: Name) -> Bool {
            switch name {
            case .negative: return negative
            case .addressed: return addressed
            case .notPositive: return !positive
            case .question: return question
            case .tension: return tension
            case .complaint: return complaint
            case .noLaughter: return !otherLaughed
            }
        }
    }

    /// A rule that must fire, a flag that must hold, or a name that is neither (never holds;
    /// compiling the rules refuses such names).
    private enum Term { case rule(Int), flag(Flags.Name), unknown }
    private let all: [Term]
    private let any: [Term]
    /// The rules whose hits are the combo's evidence.
    let members: Set<Int>

    init(_ combo: RuleBook.Combo, ruleIndex: [String: Int]) {
        func term(_ name: String) -> Term { ruleIndex[name].map(Term.rule) ?? Flags.Name(rawValue: name).map(Term.flag) ?? .unknown }
        all = combo.all.map(term)
        any = (combo.any ?? []).map(term)
        members = Set((combo.all + (combo.any ?? [])).compactMap { ruleIndex[$0] })
    }

    func holds(fired: [Bool], flags: Flags) -> Bool {
        func value(_ t: Term) -> Bool {
            switch t {
            case let .rule(r): return fired[r]
            case let .flag(name): return flags.value(name)
            case .unknown: return false
            }
        }
        return all.allSatisfy(value) && (any.isEmpty || any.contains(where: value))
    }
}
