import Foundation
@testable import HavenCore

/// Small hand-made conversations and marks for the analysis tests.
enum ReportFixtures {
    static let start = Date(timeIntervalSince1970: 19_675 * 86_400 + 9 * 3_600)  // 2023-11-14 09:00

    /// A conversation from (seconds after `start`, sender, text) triples.
    static func conversation(_ lines: [(Double, String, String)]) -> Conversation {
        Conversation(format: .whatsapp, messages: lines.map {
            ChatMessage(timestamp: start.addingTimeInterval($0.0), sender: $0.1, text: $0.2)
        })
    }

    /// Marks carrying the given labels and flags.
    static func marks(_ labels: [SignalLabel] = [], flags: UInt8 = 0) -> MessageMarks {
        var mark = MessageMarks()
        for label in labels { mark.labels |= MessageMarks.bit(label) }
        mark.flags = flags
        return mark
    }

    /// A quarrel: criticism, defensiveness, contempt, then a repair answered with appreciation.
    static let quarrelWithRepair: [(Double, String, String)] = [
        (0, "Ana", "Can you pick up milk on the way home?"),
        (60, "Leo", "ok see you at 7"),
        (4_000, "Ana", "You never listen to me. You always do this, you are so selfish."),
        (4_060, "Leo", "That is not my fault, you started it."),
        (4_120, "Ana", "You are pathetic, honestly."),
        (4_200, "Leo", "I am sorry, I did not realize it hurt you."),
        (4_300, "Ana", "Thank you for saying that, I appreciate it."),
        (30_000, "Leo", "Did you call your mom?"),
    ]

    /// The same quarrel, but the repair meets more contempt instead of an answer in kind.
    static let quarrelRepairIgnored: [(Double, String, String)] = [
        (0, "Ana", "You never listen to me. You always do this, you are so selfish."),
        (60, "Leo", "That is not my fault, you started it."),
        (120, "Leo", "I am sorry, I did not realize it hurt you."),
        (200, "Ana", "You are pathetic, honestly."),
        (30_000, "Leo", "Did you call your mom?"),
    ]
}
