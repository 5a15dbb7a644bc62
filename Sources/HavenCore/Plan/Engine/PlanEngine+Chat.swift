import Foundation

extension PlanEngine {
    /// Reads signal counts from a chat analysis: the person's own habits, the horsemen seen in
    /// either partner, we-talk, and how often contempt appears.
    func addChatEvidence(
        _ analysis: ChatAnalysisSummary, participant: String?, to board: inout EvidenceBoard
    ) throws(PlanError) {
        let people = analysis.participants
        var own = people
        if let participant {
            guard let me = people.first(where: { $0.name.lowercased() == participant.lowercased() }) else {
                throw .unknownParticipant(name: participant, known: people.map(\.name))
            }
            own = [me]
        }
        for (label, step) in PlanLibrary.stepForOwnSignal.sorted(by: { $0.key < $1.key }) {
            let seen = own.filter { ($0.signals[label] ?? 0) >= thresholds.signalSeen }
            guard !seen.isEmpty else { continue }
            board.add("Chat analysis: \(label) in \(counts(label, seen)).", to: step)
        }
        for horseman in Horseman.allCases {
            let seen = people.filter { ($0.signals[horseman.rawValue] ?? 0) >= thresholds.signalSeen }
            guard !seen.isEmpty else { continue }
            board.add("Chat analysis: \(horseman.rawValue) in \(counts(horseman.rawValue, seen)).", to: horseman.stepID)
        }
        let totalMessages = people.reduce(0) { $0 + $1.messages }
        let weTalk = people.reduce(0) { $0 + ($1.signals["we-talk"] ?? 0) }
        let fighting = people.contains { person in
            ["criticism", "defensiveness", "contempt"].contains { (person.signals[$0] ?? 0) >= thresholds.signalSeen }
        }
        if totalMessages > 0, fighting, Double(weTalk) / Double(totalMessages) < thresholds.lowWeTalkRate {
            board.add(
                "Chat analysis: \"we\" language in \(weTalk) of \(totalMessages) messages, while criticism, contempt or defensiveness shows up.",
                to: "team-vs-problem")
        }
        for person in people {
            let contempt = person.signals["contempt"] ?? 0
            if contempt >= thresholds.contemptFrequentCount, person.rate("contempt") >= thresholds.contemptFrequentRate {
                board.professional.append(
                    "Chat analysis: contempt is frequent (\(contempt) of \(person.messages) messages by \(person.name)). Contempt is the habit most strongly tied to lasting harm, and hard to change alone.")
            }
        }
    }

    private func counts(_ label: String, _ people: [ChatAnalysisSummary.Participant]) -> String {
        people.map { "\($0.signals[label] ?? 0) of \($0.messages) messages by \($0.name)" }.joined(separator: ", ")
    }
}
