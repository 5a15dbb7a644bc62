import Foundation

/// A fast lookup from a whole message text to the event it stands for.
///
/// Most messages are ordinary words, so a table of (byte length, first byte) pairs rejects them
/// before any lower-casing or hashing (this lookup ran for every message of a million-line export).
extension WhatsAppPhrases {
    struct WholeMessageTable: Sendable {
        private let kinds: [String: ChatEventKind]
        /// `gate[length * 256 + firstByte]` is true when some phrase has that byte length and first byte.
        private let gate: [Bool]

        init(_ groups: [(Set<String>, ChatEventKind)]) {
            var kinds: [String: ChatEventKind] = [:]
            var gate = [Bool](repeating: false, count: 256 * 256)
            for (phrases, kind) in groups {
                for phrase in phrases {
                    kinds[phrase] = kind
                    let count = phrase.utf8.count
                    guard count + 1 < 256, let first = phrase.utf8.first else { continue }
                    // Upper and lower case of a non-ASCII letter can start with different bytes ("Ц", "ц"),
                    // so a non-ASCII phrase opens the gate for every lead byte of its length.
                    let leads = first < 0x80 ? [Int(first)] : Array(0xC2...0xF4)
                    for lead in leads {
                        gate[count * 256 + lead] = true  // without a final "."
                        gate[(count + 1) * 256 + lead] = true  // with one
                    }
                }
            }
            self.kinds = kinds
            self.gate = gate
        }

        /// The event kind a trimmed first line stands for, if it is one of the phrases.
        func kind(of line: Substring) -> ChatEventKind? {
            let utf8 = line.utf8
            let count = utf8.count
            guard count < 256, let first = utf8.first else { return nil }
            let lowered = first >= 0x41 && first <= 0x5A ? first | 0x20 : first
            guard gate[count * 256 + Int(lowered)] else { return nil }
            var key = line.lowercased()
            if key.hasSuffix(".") { key.removeLast() }
            return kinds[key]
        }
    }

    /// Every whole-message phrase with its event kind.
    static let wholeMessages = WholeMessageTable([
        (deleted, .deletedMessage), (calls, .call), (omitted, .mediaOmitted), (placeholders, .system), (liveLocations, .location),
    ])
}
