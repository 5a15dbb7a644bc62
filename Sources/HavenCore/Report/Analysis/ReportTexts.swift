import Foundation

/// The sentences every report carries: where it was made and what its numbers can and cannot tell.
enum ReportTexts {
    static let privacy = "Made on this machine. Haven made no network connection: no message, name or number left it."

    /// The name under which the people past ``AnalysisOptions/maximumParticipants`` are counted.
    static func everyoneElse(_ count: Int) -> String { "Everyone else (\(count) people)" }

    /// Whether a participant's name is the ``everyoneElse(_:)`` entry.
    static func isEveryoneElse(_ name: String) -> Bool { everyoneElseCount(name) != nil }

    /// How many people the ``everyoneElse(_:)`` entry of this name counts, or `nil` for another name.
    static func everyoneElseCount(_ name: String) -> Int? {
        guard name.hasPrefix("Everyone else ("), name.hasSuffix(" people)") else { return nil }
        let count = name.dropFirst("Everyone else (".count).dropLast(" people)".count)
        guard !count.isEmpty, count.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(count)
    }

    static func limits(messages: Int, unread: Int, foldedPeople: Int = 0) -> [String] {
        var lines = [
            "These are counts of words and phrases, read by rules and a small model. They cannot hear tone, see faces, "
                + "read inside jokes, or know what was said in person, in calls or in voice notes.",
            "A signal in a message is a pattern worth talking about, not proof of what anyone meant or felt.",
            "Nothing here is a diagnosis, and nothing here predicts whether a relationship will last.",
            "Long silences have many ordinary reasons: work, sleep, a phone left at home. They are moments to ask about.",
            "Trends use a Mann-Kendall test on monthly rates, adjusted for the number of tests. Months are not independent, "
                + "so even a 'rising' or 'falling' is a pattern to discuss, not a verdict; 'no clear change' means the data "
                + "cannot tell.",
        ]
        if messages > 0, messages < 500 {
            lines.append("With \(messages) messages the rates are unsteady: a few messages more or less move them a lot.")
        }
        if unread > 0 {
            let share = SignalCounts.rate(unread, of: messages)
            lines.append("\(unread) of \(messages) messages (\(share) %) were not in English and were not read for signals; "
                + "rates are per 100 of all messages.")
        }
        if foldedPeople > 0 {
            lines.append("\(foldedPeople) people who wrote least are counted together as \"\(everyoneElse(foldedPeople))\": "
                + "their replies to each other read as one person's, so their reply times and episodes say little.")
        }
        return lines
    }
}
