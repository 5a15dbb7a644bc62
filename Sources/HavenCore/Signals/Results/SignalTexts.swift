/// The sentences people read about each signal: what it does and what to do instead.
public enum SignalTexts {
    /// A one-sentence explanation of a finding, from the matched rule's template when it has one.
    ///
    /// - Parameters:
    ///   - label: the signal.
    ///   - template: the rule's sentence, where `{evidence}` stands for the words (matched by bytes).
    ///   - evidence: the words found.
    /// - Returns: the sentence.
    public static func explanation(for label: SignalLabel, template: String?, evidence: String) -> String {
        if let template { return filling(template, with: evidence) }
        guard !evidence.isEmpty else { return "Taken as a whole, " + summary(for: label) }
        return "“\(evidence)”: " + summary(for: label)
    }

    /// A template with every `{evidence}` replaced by the words. The placeholder is matched by
    /// its UTF-8 bytes, not by characters, so a combining mark after its brace does not hide it;
    /// the standard library's general `replacing` took about 2% of the engine's time.
    static func filling(_ template: String, with evidence: String) -> String {
        let placeholder: StaticString = "{evidence}"
        var template = template
        return template.withUTF8 { bytes in
            let marker = UnsafeBufferPointer(start: placeholder.utf8Start, count: placeholder.utf8CodeUnitCount)
            var result = ""
            var copied = 0, i = 0
            while i + marker.count <= bytes.count {
                if bytes[i] == marker[0], UnsafeBufferPointer(rebasing: bytes[i..<(i + marker.count)]).elementsEqual(marker) {
                    result += String(decoding: UnsafeBufferPointer(rebasing: bytes[copied..<i]), as: UTF8.self) + evidence
                    i += marker.count
                    copied = i
                } else {
                    i += 1
                }
            }
            guard copied > 0 else { return String(decoding: bytes, as: UTF8.self) }
            return result + String(decoding: UnsafeBufferPointer(rebasing: bytes[copied...]), as: UTF8.self)
        }
    }

    /// What a signal is, in one sentence.
    public static func summary(for label: SignalLabel) -> String {
        switch label {
        case .criticism: return "this turns a complaint into an attack on who the other person is."
        case .contempt: return "this speaks from above the other person: mockery, insult or disgust."
        case .defensiveness: return "this fends off the complaint instead of hearing it."
        case .stonewalling: return "this shuts the conversation down instead of staying in it."
        case .repair: return "this reaches out to calm things down or reconnect."
        case .reassurance: return "this asks for reassurance about the relationship."
        case .gentleStartup: return "this raises a specific problem through the speaker's own feelings and needs."
        case .appreciation: return "this shows thanks or fondness."
        case .validation: return "this shows the other person they are seen and heard."
        case .weTalk: return "this treats the problem as something to face together."
        case .pastDwelling: return "this brings old grievances into today's conversation."
        case .overgeneralization: return "this assumes bad intent instead of giving the benefit of the doubt."
        case .selfSilencing: return "this sets the speaker's own needs aside to keep the peace."
        case .incongruence: return "the words say one thing while the rest of the message says another."
        }
    }

    /// What to do instead, for the signals that wear safety down; `nil` for the others.
    public static func antidote(for label: SignalLabel) -> String? {
        switch label {
        case .criticism:
            return "Gentle start-up: talk about one specific thing, how you feel about it and what you need (“I feel … about … . I need …”)."
        case .contempt:
            return "Describe your own feelings and needs instead of judging theirs, and keep up a habit of noticing what you appreciate in them."
        case .defensiveness:
            return "Take responsibility for your part, even a small one (“You're right, I did …”), before you explain."
        case .stonewalling:
            return "Say that you need a break, take at least 20 minutes to calm down, and name a time to come back to the talk."
        case .pastDwelling:
            return "Stay with the one issue in front of you today; old hurts deserve their own calm conversation."
        case .overgeneralization:
            return "Give the benefit of the doubt: ask what happened before deciding why it happened."
        case .selfSilencing:
            return "Your needs count too: say what you would like, even if you then choose together."
        case .incongruence:
            return "Name what you actually feel (“I'm hurt, and I need a minute”) so your words and your tone agree."
        default:
            return nil
        }
    }
}
