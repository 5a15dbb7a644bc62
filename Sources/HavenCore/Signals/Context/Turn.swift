/// One earlier turn of a conversation: who spoke and what they said.
public struct Turn: Sendable, Codable, Hashable {
    /// The speaker's name or id as the conversation gives it.
    public var speaker: String
    /// What they said.
    public var text: String

    /// Creates a turn.
    public init(speaker: String, text: String) {
        self.speaker = speaker
        self.text = text
    }
}
