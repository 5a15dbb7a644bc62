import Foundation

/// What the analysis keeps of one message after the engine has read it: a few bytes, so that a
/// million messages cost a few megabytes and no per-message result objects are kept.
struct MessageMarks: Sendable, Hashable {
    /// One bit per ``SignalLabel`` in `allCases` order.
    var labels: UInt16 = 0
    /// ``MessageMarks/complaint``, ``MessageMarks/question``, ``MessageMarks/tense``, ``MessageMarks/unread``.
    var flags: UInt8 = 0
    /// "we/us/our" words (capped at 255).
    var weWords: UInt8 = 0
    /// "you/your" words (capped at 255).
    var youWords: UInt8 = 0

    static let complaint: UInt8 = 1
    static let question: UInt8 = 2
    static let tense: UInt8 = 4
    static let unread: UInt8 = 8

    /// The bit of a label.
    static func bit(_ label: SignalLabel) -> UInt16 { 1 << UInt16(labelIndex[label] ?? 0) }

    static let labelIndex: [SignalLabel: Int] = Dictionary(
        uniqueKeysWithValues: SignalLabel.allCases.enumerated().map { ($1, $0) })

    /// Harmful signals (the horsemen, past-dwelling, overgeneralization, self-silencing, incongruence).
    static let harmfulMask: UInt16 = SignalLabel.allCases.filter(\.isHarmful).reduce(0) { $0 | bit($1) }
    /// Signals that build safety in a hard moment: repair, gentle start-up, appreciation, validation, we-talk.
    static let positiveMask: UInt16 = [SignalLabel.repair, .gentleStartup, .appreciation, .validation, .weTalk]
        .reduce(0) { $0 | bit($1) }
    /// Answers "in kind" to a repair: a repair, validation or appreciation.
    static let repairAnswerMask: UInt16 = [SignalLabel.repair, .validation, .appreciation].reduce(0) { $0 | bit($1) }
    /// A harsh start-up: criticism or contempt.
    static let harshMask: UInt16 = bit(.criticism) | bit(.contempt)

    var isHarmful: Bool { labels & Self.harmfulMask != 0 }
    var harmfulCount: Int { (labels & Self.harmfulMask).nonzeroBitCount }
    var positiveCount: Int { (labels & Self.positiveMask).nonzeroBitCount }
    func has(_ label: SignalLabel) -> Bool { labels & Self.bit(label) != 0 }
    func has(flag: UInt8) -> Bool { flags & flag != 0 }
}

/// Counts first-person plural and second-person words in a message, for "we-talk vs you-talk".
enum PronounCounter {
    /// The counts of "we" words and "you" words (ASCII, case-insensitive, apostrophes kept).
    static func count(_ text: String) -> (we: Int, you: Int) {
        var we = 0, you = 0
        var packed: UInt64 = 0
        var length = 0
        func finish() {
            if length > 0, length <= 8 {
                if weWords.contains(packed) { we += 1 } else if youWords.contains(packed) { you += 1 }
            }
            packed = 0
            length = 0
        }
        for byte in text.utf8 {
            switch byte {
            case 0x41...0x5A, 0x61...0x7A, 0x27:
                if length < 8 { packed = packed << 8 | UInt64(byte | (byte == 0x27 ? 0 : 0x20)) }
                length += 1
            default: finish()
            }
        }
        finish()
        return (we, you)
    }

    /// A word of up to 8 ASCII bytes packed into an integer, for allocation-free comparison.
    static func pack(_ word: String) -> UInt64 { word.utf8.reduce(0) { $0 << 8 | UInt64($1) } }

    private static let weWords: Set<UInt64> = Set(
        ["we", "us", "our", "ours", "we're", "we've", "we'll", "we'd", "let's", "lets"].map(pack))
    private static let youWords: Set<UInt64> = Set(
        ["you", "your", "yours", "yourself", "you're", "you've", "you'll", "you'd", "u", "ur", "youre"].map(pack))
}
