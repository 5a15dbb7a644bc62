/// One word pattern ready to match: a sequence of word sets with gaps and anchors between them.
struct CompiledPattern: Sendable {
    /// Anchor bits an element can carry.
    struct Anchors: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        static let messageStart = Anchors(rawValue: 1)
        static let messageEnd = Anchors(rawValue: 2)
        static let sentenceStart = Anchors(rawValue: 4)
        static let sentenceEnd = Anchors(rawValue: 8)
        static let clauseStart = Anchors(rawValue: 16)
    }

    struct Element: Sendable, Hashable {
        /// Index into the compiled rules' word sets.
        var set: Int32
        /// How many words may stand between the previous element and this one.
        var maxGap: Int8
        /// The word set those words must belong to, or -1 for any word.
        var gapSet: Int32
        /// Positions this word must stand at.
        var anchors: Anchors
    }

    /// The rule this pattern belongs to.
    var rule: Int32
    var elements: [Element]
}

/// Errors in the shipped rule files: a programming mistake, reported with the rule and pattern.
public enum RuleBookError: Error, Equatable, CustomStringConvertible {
    /// A pattern names a class that `classes` does not define.
    case unknownClass(rule: String, pattern: String, name: String)
    /// A pattern item is not a single word after normalisation.
    case notAWord(rule: String, pattern: String, item: String)
    /// A pattern has no word element.
    case emptyPattern(rule: String, pattern: String)
    /// A pattern ends with a start anchor (`^`, `<` or `[`), which marks where the next word
    /// starts, so with no word after it, it would be dropped and match everywhere.
    case danglingAnchor(rule: String, pattern: String)
    /// A rule has neither patterns, symbols nor `minimalReply`, so it can never fire.
    case ruleNeverFires(String)
    /// A combo or `unless` names a rule that does not exist.
    case unknownRule(referencedBy: String, name: String)
    /// A rule whose `unless` holds within a clause names a combo, which has no clause.
    case comboCannotCancelInClause(rule: String, combo: String)
    /// A `definite` rule's label is not one the engine reports (`counter`, `complaint`, …).
    case definiteWithoutLabel(rule: String, label: String)
    /// A rule has `definiteUnless` but is not `definite`, so the list would be ignored.
    case definiteUnlessWithoutDefinite(rule: String)
    /// A rule's `rulesOut` names a label the engine does not report, or the rule's own label.
    case rulesOutInvalidLabel(rule: String, label: String)
    /// A rule with `learned: false` neither is `definite` nor rules a label out, so it would do nothing.
    case unlearnedRuleDoesNothing(rule: String)
    /// A rule with `learned: false` names a `prior`, `tension` or `tensionPrior`, which only a learned rule has.
    case unlearnedRuleWeighted(rule: String)
    /// A rule's `requires` is not a context the engine knows.
    case unknownRequirement(rule: String, requires: String)
    /// A rule's `rulesOut` list is empty, so it would rule nothing out.
    case rulesOutEmpty(rule: String)
    /// A combo or `unless` names a rule with `learned: false`, which would change what the model learns.
    case unlearnedRuleReferenced(rule: String, by: String)
    /// A resource file is missing or unreadable.
    case missingResource(String)
    /// A resource file is there but cannot be read (permissions, or a folder by that name).
    case unreadableResource(String)
    /// More `LANG_` word lists than the language guess can tell apart.
    case tooManyLanguages(count: Int, limit: Int)

    public var description: String {
        switch self {
        case let .unknownClass(rule, pattern, name): return "rule \(rule): pattern '\(pattern)' uses unknown class @\(name)"
        case let .notAWord(rule, pattern, item): return "rule \(rule): pattern '\(pattern)': '\(item)' is not a single word"
        case let .emptyPattern(rule, pattern): return "rule \(rule): pattern '\(pattern)' has no words"
        case let .danglingAnchor(rule, pattern):
            return "rule \(rule): pattern '\(pattern)' ends with a start anchor (^ < [) that no word follows; use > or $ to mark an end"
        case let .ruleNeverFires(rule): return "rule \(rule) has no patterns, symbols or minimalReply, so it can never fire"
        case let .unknownRule(referencedBy, name): return "\(referencedBy) refers to unknown rule '\(name)'"
        case let .comboCannotCancelInClause(rule, combo):
            return "rule \(rule) has unlessInClause, so its unless must name rules; '\(combo)' is a combo, which has no clause"
        case let .definiteUnlessWithoutDefinite(rule):
            return "rule \(rule) has definiteUnless but is not definite; add \"definite\": true or drop the list"
        case let .unlearnedRuleDoesNothing(rule):
            return "rule \(rule) has learned: false but is neither definite nor rules a label out, so it would do nothing; add \"definite\": true or a rulesOut list, or drop learned: false"
        case let .unlearnedRuleWeighted(rule):
            return "rule \(rule) has learned: false, so it has no weight to start from: drop its prior, tension and tensionPrior"
        case let .unknownRequirement(rule, requires):
            return "rule \(rule) requires '\(requires)', which is not a context the engine reads; use tension, complaint or calm"
        case let .rulesOutEmpty(rule):
            return "rule \(rule) has an empty rulesOut list; name the labels it rules out or drop the list"
        case let .unlearnedRuleReferenced(rule, by):
            return "\(by) names rule \(rule), which has learned: false; only definiteUnless may name it (or make the rule learned)"
        case let .rulesOutInvalidLabel(rule, label):
            return "rule \(rule) rules out '\(label)': rulesOut takes labels the engine reports (\(SignalLabel.ordered.map(\.rawValue).joined(separator: ", "))), other than the rule's own"
        case let .definiteWithoutLabel(rule, label):
            return "rule \(rule) is definite, so its label must be one the engine reports; '\(label)' is not"
        case let .missingResource(name): return "resource \(name) is missing from the HavenCore bundle"
        case let .unreadableResource(name): return "resource \(name) is in the HavenCore bundle but cannot be read: check that it is a file and readable"
        case let .tooManyLanguages(count, limit):
            return "the rule book has \(count) LANG_ word lists; the language guess tells at most \(limit) apart, so merge or drop some"
        }
    }
}
