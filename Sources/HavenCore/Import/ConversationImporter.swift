import Foundation

/// Reads one chat-export format into a ``Conversation``.
public protocol ConversationImporter: Sendable {
    /// The format this importer reads.
    var format: ImportFormat { get }

    /// Tells whether a file looks like this format, from its first bytes and its name.
    ///
    /// - Parameter sample: The start of the file and its extension.
    /// - Returns: `true` when the importer recognises the content.
    func canImport(sample: ImportSample) -> Bool

    /// Reads a whole export.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - options: Choices such as a forced date order, and the file name for messages.
    /// - Returns: The conversation, possibly empty with ``Conversation/emptyReason`` saying why.
    /// - Throws: ``ImportError`` when the content is damaged or not this format.
    func importConversation(from data: Data, options: ImportOptions) throws -> Conversation
}

/// The start of a file, given to importers to recognise their format.
public struct ImportSample: Sendable, Hashable {
    /// Up to the first 64 KiB of the file decoded as text (invalid bytes replaced, BOM removed).
    public var text: String
    /// The file's extension in lower case, without the dot (`"txt"`, `"json"`), or `""`.
    public var fileExtension: String

    /// The number of bytes read for a sample.
    public static let byteLimit = 64 * 1024

    /// Creates a sample from a file's bytes.
    ///
    /// - Parameters:
    ///   - data: The file's bytes (only the start is used).
    ///   - fileExtension: The file's extension, in any case.
    public init(data: Data, fileExtension: String) {
        var head = data.prefix(Self.byteLimit)
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
        self.text = String(decoding: head, as: UTF8.self)
        self.fileExtension = fileExtension.lowercased()
    }

    /// The first `count` lines that are not blank, with surrounding whitespace and direction marks removed.
    ///
    /// - Parameter count: How many lines to return at most.
    /// - Returns: The lines.
    public func firstLines(_ count: Int) -> [Substring] {
        var lines: [Substring] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingInvisibles()
            if !trimmed.isEmpty { lines.append(trimmed) }
            if lines.count == count { break }
        }
        return lines
    }
}

extension Substring {
    /// The substring without leading and trailing whitespace, BOMs and direction marks.
    func trimmingInvisibles() -> Substring {
        let isInvisible: (Character) -> Bool = { character in
            character.isWhitespace || character.unicodeScalars.allSatisfy(TextCleaning.isInvisibleMark)
        }
        guard let start = firstIndex(where: { !isInvisible($0) }) else { return self[endIndex...] }
        let end = lastIndex(where: { !isInvisible($0) })!
        return self[start...end]
    }
}
