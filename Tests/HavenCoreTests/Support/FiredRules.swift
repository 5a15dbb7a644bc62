@testable import HavenCore

extension SignalEngine {
    /// The rules and combos that fire for a message after every guard, `unless` and requirement,
    /// read from its feature vector, so whatever the trained weights.
    func firedRules(_ text: String, speaker: String = "A", context: [Turn] = []) -> Set<String> {
        let vector = featureVector(for: ClassificationInput(id: "t", text: text, speaker: speaker, context: context))
        var names = Set(compiled.ruleIndex.compactMap { vector.has($0.value) ? $0.key : nil })
        for (c, combo) in compiled.combos.enumerated() where vector.has(compiled.rules.count + c) { names.insert(combo.id) }
        return names
    }

    /// The rules and combos that fire for a message written as the other person's reply to
    /// `turn` (none: no turn before it).
    func firedRules(_ text: String, answering turn: String?) -> Set<String> {
        firedRules(text, context: turn.map { [Turn(speaker: "B", text: $0)] } ?? [])
    }
}
