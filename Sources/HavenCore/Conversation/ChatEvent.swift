import Foundation

/// Something that happened in a chat that is not words a person wrote: a join, the encryption
/// notice, a deleted message, an omitted photo, a call.
///
/// Events are kept apart from messages so that analysis never treats "<Media omitted>" or
/// "This message was deleted" as something someone said.
public struct ChatEvent: Sendable, Codable, Hashable {
    /// When it happened (local wall-clock time stored as UTC; see ``ChatMessage``).
    public var timestamp: Date
    /// What kind of event it is.
    public var kind: ChatEventKind
    /// The person the export attributes the event to, if any (the one who sent the photo).
    public var sender: String?
    /// The event as the export wrote it, for display and auditing.
    public var rawText: String
    /// The 1-based line in the source file, when the format is line-based.
    public var sourceLine: Int?

    /// Creates an event.
    ///
    /// - Parameters:
    ///   - timestamp: When it happened.
    ///   - kind: What kind of event it is.
    ///   - sender: Who it is attributed to, if anyone.
    ///   - rawText: The text as exported.
    ///   - sourceLine: The 1-based source line, if known.
    public init(timestamp: Date, kind: ChatEventKind, sender: String? = nil, rawText: String, sourceLine: Int? = nil) {
        self.timestamp = timestamp
        self.kind = kind
        self.sender = sender
        self.rawText = rawText
        self.sourceLine = sourceLine
    }
}

/// The kinds of non-message events that chat exports record.
public enum ChatEventKind: String, Sendable, Codable, Hashable, CaseIterable {
    /// The end-to-end encryption notice at the top of a chat.
    case encryptionNotice
    /// Someone joined, was added, left or was removed.
    case membership
    /// The group's name, picture, description or settings changed.
    case groupChange
    /// A message was deleted ("This message was deleted").
    case deletedMessage
    /// A photo, video, audio or sticker left out of the export ("<Media omitted>").
    case mediaOmitted
    /// A file, photo or other attachment sent without any text.
    case attachment
    /// A shared location.
    case location
    /// A voice or video call, answered or missed.
    case call
    /// Disappearing-message timers turned on or off.
    case disappearingMessages
    /// A security code or phone number change.
    case securityChange
    /// Any other system line the export wrote.
    case system
}
