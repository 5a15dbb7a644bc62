import Foundation

/// One message a person wrote, as read from a chat export.
///
/// Timestamps are the sender's local wall-clock time encoded as a `Date` in UTC, because most
/// exports (WhatsApp, Signal, iMessage text) carry no time zone: `2022-03-18 14:56` in the file
/// becomes `2022-03-18T14:56:00Z`. Formats that store an absolute instant (epoch milliseconds in
/// Messenger, Instagram and Discord JSON, `date_unixtime` in Telegram when no local `date` is given)
/// keep that instant as it is.
public struct ChatMessage: Sendable, Codable, Hashable {
    /// When the message was sent (local wall-clock time stored as UTC; see the type's documentation).
    public var timestamp: Date
    /// The sender's display name as the export spells it.
    public var sender: String
    /// The message text, with export markers (edit marks, attachment placeholders) removed.
    public var text: String
    /// The 1-based line in the source file where the message starts, when the format is line-based.
    public var sourceLine: Int?
    /// Whether the export marks the message as edited.
    public var isEdited: Bool
    /// Whether the message carried an attachment (photo, file, voice note) besides its text.
    public var hasAttachment: Bool
    /// The identifier of the message this one replies to, when the format records replies.
    public var replyTo: String?

    /// Creates a message.
    ///
    /// - Parameters:
    ///   - timestamp: When it was sent (local wall-clock time stored as UTC).
    ///   - sender: The sender's display name.
    ///   - text: The message text.
    ///   - sourceLine: The 1-based source line, if known.
    ///   - isEdited: Whether the export marks it as edited.
    ///   - hasAttachment: Whether it carried an attachment.
    ///   - replyTo: The identifier of the message it replies to, if any.
    public init(
        timestamp: Date, sender: String, text: String, sourceLine: Int? = nil,
        isEdited: Bool = false, hasAttachment: Bool = false, replyTo: String? = nil
    ) {
        self.timestamp = timestamp
        self.sender = sender
        self.text = text
        self.sourceLine = sourceLine
        self.isEdited = isEdited
        self.hasAttachment = hasAttachment
        self.replyTo = replyTo
    }
}
