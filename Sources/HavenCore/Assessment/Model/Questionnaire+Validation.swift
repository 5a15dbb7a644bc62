import Foundation

extension Questionnaire {
    /// Checks that the file is internally consistent, so scoring can trust it.
    /// - Throws: ``ScoringError/invalidDefinition(questionnaire:reason:)`` naming the first problem.
    public func validate() throws(ScoringError) {
        func fail(_ reason: String) -> ScoringError {
            .invalidDefinition(questionnaire: id, reason: reason)
        }
        guard itemCount > 0 else { throw fail("itemCount must be positive") }
        let valid = 1...itemCount
        guard scale.min < scale.max else { throw fail("scale min must be below max") }
        for (key, itemScale) in itemScales {
            guard let number = Int(key), valid.contains(number) else {
                throw fail("itemScales key '\(key)' is not an item number from 1 to \(itemCount)")
            }
            guard itemScale.min < itemScale.max else { throw fail("item \(number): scale min must be below max") }
        }
        if let bad = reverseKeyed.first(where: { !valid.contains($0) }) {
            throw fail("reverse-keyed item \(bad) is outside 1–\(itemCount)")
        }
        if !items.isEmpty {
            let numbers = items.map(\.number).sorted()
            guard numbers == Array(valid) else { throw fail("items must be numbered 1–\(itemCount) once each") }
        }
        guard !subscales.isEmpty else { throw fail("at least one subscale is needed") }
        var seen = Set<String>()
        for subscale in subscales {
            guard seen.insert(subscale.id).inserted else { throw fail("subscale '\(subscale.id)' is declared twice") }
            guard !subscale.items.isEmpty else { throw fail("subscale '\(subscale.id)' has no items") }
            if let bad = subscale.items.first(where: { !valid.contains($0) }) {
                throw fail("subscale '\(subscale.id)' lists item \(bad), outside 1–\(itemCount)")
            }
            guard subscale.missing.maxMissing >= 0, subscale.missing.maxMissing < subscale.items.count else {
                throw fail("subscale '\(subscale.id)': maxMissing must be from 0 to \(subscale.items.count - 1)")
            }
            if let norms = subscale.norms {
                guard norms.sd > 0, (0..<1).contains(norms.reliability) else {
                    throw fail("subscale '\(subscale.id)': norms need sd > 0 and 0 ≤ reliability < 1")
                }
            }
        }
        for flag in flags where subscale(flag.subscale) == nil {
            throw fail("flag '\(flag.id)' refers to unknown subscale '\(flag.subscale)'")
        }
    }
}
