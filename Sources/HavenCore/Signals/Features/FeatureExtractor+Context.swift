extension FeatureExtractor {
    /// Words that a short question may consist of and still brush the other person off ("and?", "so?").
    static let brushOffWordList = ["and", "so", "ok", "okay", "k", "yep", "yeah", "fine", "whatever", "cool", "sure"]

    /// Adds the cues of the other person's last turn, each crossed with the message's measures
    /// (`crossValues`, in `FeatureSpace.crossMeasures` order), and the echoes of that turn in
    /// this message. Banter and lyrics echo without mocking, so they get no echo features.
    func addContextFeatures(of text: TokenizedText, context: ContextFlags, crossValues: SIMD2<Double>, banter: Bool, to vector: inout FeatureVector) {
        let perCue = FeatureSpace.crossMeasures.count
        for (k, entry) in ContextCues.named.enumerated() where context.otherCues.contains(entry.cue) {
            vector.set(space.cueStart + k, 1)
            for j in 0..<perCue {
                vector.set(space.crossStart + k * perCue + j, crossValues[j])
            }
        }
        // The flags in `FeatureSpace.crossedFlags` order, without building an array per message.
        func crossFlag(_ f: Int) {
            let start = space.crossStart + (ContextCues.named.count + f) * perCue
            for j in 0..<perCue { vector.set(start + j, crossValues[j]) }
        }
        if context.tension { crossFlag(0) }
        if context.complaint { crossFlag(1) }
        if context.question { crossFlag(2) }
        guard !banter else { return }
        if let echo = echoes.quotedEcho(in: text, otherWords: context.otherWords) {
            vector.set(space.index(of: .echoQuote), 1)
            vector.setEvidence(space.index(of: .echoQuote), [echo])
        }
        if let echo = echoes.fragmentEcho(in: text, otherWords: context.otherWords) {
            vector.set(space.index(of: .echoFragment), 1)
            vector.setEvidence(space.index(of: .echoFragment), [echo])
        }
    }

    /// A short question that asks for more ("Who?", "Right now?", "What happened?") engages with
    /// the other person; only a bare "and?" or "so?" brushes them off.
    func isEngagedQuestion(_ text: TokenizedText) -> Bool {
        guard text.sentenceIsQuestion.last == true else { return false }
        return text.wordIDs.contains { !brushOffWords.contains($0) }
    }
}
