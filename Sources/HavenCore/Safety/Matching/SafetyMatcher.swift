/// Finds the phrase table's patterns in tokenized text and turns them into evidence.
struct SafetyMatcher {
    let table: SafetyPhraseTable

    /// A pattern found at token positions `start..<end`.
    struct Match {
        var pattern: Int32
        var start: Int
        var end: Int
    }

    /// Screens tokenized text.
    ///
    /// - Parameters:
    ///   - tokens: The tokens of the text.
    ///   - bytes: The text's UTF-8 bytes, to copy the matched words out.
    /// - Returns: The screening result.
    func screen(_ tokens: UnsafeBufferPointer<SafetyToken>, bytes: UnsafeBufferPointer<UInt8>) -> SafetyScreening {
        let found = matches(in: tokens, index: table.concernIndex)
        if found.isEmpty { return .clear }
        let idioms = matches(in: tokens, index: table.idiomIndex)
        var kept: [(concern: SafetyConcern, start: Int, end: Int)] = []
        for match in found {
            let pattern = table.patterns[Int(match.pattern)]
            guard let concern = pattern.concern else { continue }
            if pattern.checksIdioms, idioms.contains(where: { $0.start < match.end && match.start < $0.end }) { continue }
            if pattern.checksNegation, isNegated(tokens, before: match.start) { continue }
            kept.append((concern, match.start, match.end))
        }
        if kept.isEmpty { return .clear }
        kept.sort { ($0.concern, $0.start, $0.end) < ($1.concern, $1.start, $1.end) }
        var merged: [(concern: SafetyConcern, start: Int, end: Int)] = []
        for item in kept {
            if let last = merged.last, last.concern == item.concern, item.start < last.end {
                merged[merged.count - 1].end = max(last.end, item.end)
            } else {
                merged.append(item)
            }
        }
        let evidence = merged.map { item in
            let first = tokens[item.start], last = tokens[item.end - 1]
            return SafetyEvidence(
                concern: item.concern, start: first.scalarStart, end: last.scalarEnd,
                text: String(decoding: UnsafeBufferPointer(rebasing: bytes[first.byteStart..<last.byteEnd]), as: UTF8.self))
        }
        return SafetyScreening(evidence: evidence)
    }

    /// Every pattern of `index` that matches, at most one match per pattern and start position.
    func matches(in tokens: UnsafeBufferPointer<SafetyToken>, index: SafetyPatternIndex) -> [Match] {
        var found: [Match] = []
        var sentenceEnd = 0
        for position in tokens.indices {
            if position >= sentenceEnd || tokens[position].pause == 2 {
                sentenceEnd = position + 1
                while sentenceEnd < tokens.count, tokens[sentenceEnd].pause != 2 { sentenceEnd += 1 }
            }
            let candidates = index.range(tokens[position].id)
            if candidates.isEmpty { continue }
            for k in candidates {
                let p = index.item(k)
                let pattern = table.patterns[Int(p)]
                // The first slot matched already (that is how the index chose the pattern).
                if let end = match(
                    Int(pattern.slotStart) + 1, Int(pattern.slotEnd), position + 1, sentenceEnd, tokens,
                    pattern.checksNegation)
                {
                    found.append(Match(pattern: p, start: position, end: end))
                }
            }
        }
        return found
    }

    /// Matches slots `slot..<slotEnd` from token `position`; returns the end position or nil.
    ///
    /// When `guarded`, a gap may not skip a negator: "I'm *not* going to hurt" is no threat.
    private func match(
        _ slot: Int, _ slotEnd: Int, _ position: Int, _ limit: Int, _ tokens: UnsafeBufferPointer<SafetyToken>,
        _ guarded: Bool
    ) -> Int? {
        if slot == slotEnd { return position }
        let s = table.slots[slot]
        switch s.kind {
        case .word:
            guard position < limit, table.sets.contains(s.set, tokens[position].id) else { return nil }
            return match(slot + 1, slotEnd, position + 1, limit, tokens, guarded)
        case .optional:
            if position < limit, table.sets.contains(s.set, tokens[position].id),
                let end = match(slot + 1, slotEnd, position + 1, limit, tokens, guarded)
            {
                return end
            }
            return match(slot + 1, slotEnd, position, limit, tokens, guarded)
        case .end:
            guard position == limit || tokens[position].pause > 0 else { return nil }
            return match(slot + 1, slotEnd, position, limit, tokens, guarded)
        case .gap:
            for skip in 0...Int(s.maxGap) where position + skip <= limit {
                if skip > 0, guarded, isNegation(tokens, at: position + skip - 1) { return nil }
                if let end = match(slot + 1, slotEnd, position + skip, limit, tokens, guarded) { return end }
            }
            return nil
        }
    }

    /// Whether token `j` is a negator that is not defused by the word after it (`can't stop`).
    private func isNegation(_ tokens: UnsafeBufferPointer<SafetyToken>, at j: Int) -> Bool {
        guard table.isNegator[Int(tokens[j].id)] else { return false }
        return j + 1 >= tokens.count || !table.breaksNegation[Int(tokens[j + 1].id)]
    }

    /// Whether a negator comes shortly before `start` in the same clause (`he never hit me`).
    private func isNegated(_ tokens: UnsafeBufferPointer<SafetyToken>, before start: Int) -> Bool {
        var j = start - 1
        var seen = 0
        while j >= 0, seen < table.negationWindow {
            if tokens[j + 1].pause > 0 { return false }
            if isNegation(tokens, at: j) { return true }
            j -= 1
            seen += 1
        }
        return false
    }
}
