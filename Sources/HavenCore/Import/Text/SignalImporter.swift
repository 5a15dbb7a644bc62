import Foundation

/// Reads Signal chats as written by signal-export (markdown lines `[2021-03-04, 18:01] Name: text`,
/// with follow-on lines belonging to the message above). Signal itself has no text export.
public struct SignalImporter: ConversationImporter {
    /// The format this importer reads: ``ImportFormat/signal``.
    public let format = ImportFormat.signal

    /// Creates the importer.
    public init() {}

    /// Recognises a `.md` file, or text whose first line is `[YYYY-MM-DD, HH:MM] ` with no seconds
    /// (WhatsApp's bracketed headers always carry seconds).
    ///
    /// - Parameter sample: The start of the file.
    /// - Returns: `true` for signal-export output.
    public func canImport(sample: ImportSample) -> Bool {
        guard let first = sample.firstLines(1).first else { return false }
        let bytes = Array(first.utf8.prefix(19))
        guard bytes.count == 19 else { return false }
        let pattern = Array("[dddd-dd-dd, dd:dd]".utf8)
        let matches = zip(bytes, pattern).allSatisfy { byte, expected in
            expected == UInt8(ascii: "d") ? (0x30...0x39).contains(byte) : byte == expected
        }
        if matches { return true }
        return sample.fileExtension == "md" && bytes.first == UInt8(ascii: "[") && (0x30...0x39).contains(bytes[1])
    }

    /// Reads a whole export.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - options: The file name for messages.
    /// - Returns: The conversation.
    /// - Throws: ``ImportError/notThisFormat(file:format:detail:)`` when no line carries a header.
    public func importConversation(from data: Data, options: ImportOptions) throws -> Conversation {
        var options = options
        options.dateOrder = options.dateOrder ?? .yearFirst
        return try WhatsAppImporter.readLineChat(data, options: options, format: format)
    }
}
