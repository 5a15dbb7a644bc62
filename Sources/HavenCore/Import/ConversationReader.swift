import Foundation

/// Reads a chat export from a file, detecting its format (or using a forced one) and unpacking zips.
public struct ConversationReader: Sendable {
    /// The importers tried, most specific first.
    public let importers: [any ConversationImporter]

    /// Every importer Haven ships, in the order detection tries them.
    public static let defaultImporters: [any ConversationImporter] = [
        DiscordImporter(), MessengerImporter(format: .messenger), TelegramImporter(), JSONLinesImporter(),
        IMessageHTMLImporter(), IMessageTextImporter(), SignalImporter(), WhatsAppImporter(), CSVImporter(),
        MessengerImporter(format: .instagram),
    ]

    /// Creates a reader.
    ///
    /// - Parameter importers: The importers to use; defaults to ``defaultImporters``.
    public init(importers: [any ConversationImporter] = ConversationReader.defaultImporters) {
        self.importers = importers
    }

    /// Reads the export at a file URL (`.txt`, `.zip`, `.json`, `.html`, `.md`, `.csv`, `.jsonl`).
    ///
    /// - Parameters:
    ///   - url: The file.
    ///   - format: The format to use, or `nil` to detect it.
    ///   - options: Import options; the file name in them is replaced by the URL's.
    /// - Returns: The conversation.
    /// - Throws: ``ImportError`` for unreadable, empty, binary, damaged or unrecognised files.
    public func read(contentsOf url: URL, format: ImportFormat? = nil, options: ImportOptions = ImportOptions()) throws -> Conversation {
        var options = options
        options.fileName = url.lastPathComponent
        let data: Data
        if let mapped = MappedFile.data(at: url) {
            data = mapped
            options.inputIsFileMapping = true
        } else {
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw ImportError.unreadableFile(file: url.lastPathComponent, reason: Self.reason(for: error, url: url))
            }
        }
        return try read(data: data, fileName: url.lastPathComponent, format: format, options: options)
    }

    /// Reads an export held in memory.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - fileName: The file's name; its extension helps detection.
    ///   - format: The format to use, or `nil` to detect it.
    ///   - options: Import options.
    /// - Returns: The conversation.
    /// - Throws: ``ImportError`` for empty, binary, damaged or unrecognised content.
    public func read(data: Data, fileName: String, format: ImportFormat? = nil, options: ImportOptions = ImportOptions()) throws -> Conversation {
        var options = options
        options.fileName = fileName
        if ZipChatExtractor.isZip(data) {
            options.inputIsFileMapping = false
            let (inner, innerName, otherChats) = try ZipChatExtractor.extractChat(from: data, fileName: fileName)
            var conversation = try read(data: inner, fileName: "\(fileName)/\(innerName)", format: format, options: options)
            if !otherChats.isEmpty { conversation.warnings.append(.otherChatsInArchive(read: innerName, others: otherChats)) }
            return conversation
        }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) || data == Data([0xEF, 0xBB, 0xBF]) {
            throw ImportError.emptyFile(file: fileName)
        }
        if TextDecoding.looksBinary(data) { throw ImportError.binaryFile(file: fileName) }
        let converted = Self.utf8(data, fileName: fileName)
        if converted.count != data.count || converted.first != data.first { options.inputIsFileMapping = false }
        var data = converted
        if let fixed = LineBreaks.loneCarriageReturnsAsNewlines(converted) {
            data = fixed
            options.inputIsFileMapping = false  // a copy: its pages must not be handed back to the kernel
        }
        let chosen = try format.map { try importer(for: $0) } ?? detect(data: data, fileName: fileName)
        return try chosen.importConversation(from: data, options: options)
    }

    /// The format an export appears to be in, or `nil` if none matches.
    ///
    /// - Parameters:
    ///   - data: The file's bytes (not a zip).
    ///   - fileName: The file's name.
    /// - Returns: The detected format.
    public func detectFormat(data: Data, fileName: String) -> ImportFormat? {
        try? detect(data: data, fileName: fileName).format
    }

    private func detect(data: Data, fileName: String) throws -> any ConversationImporter {
        let sample = ImportSample(data: data, fileExtension: (fileName as NSString).pathExtension)
        guard let importer = importers.first(where: { $0.canImport(sample: sample) }) else {
            throw ImportError.unknownFormat(file: fileName)
        }
        return importer
    }

    private func importer(for format: ImportFormat) throws -> any ConversationImporter {
        guard let importer = importers.first(where: { $0.format == format }) else {
            throw ImportError.unknownFormat(file: format.rawValue)
        }
        return importer
    }

    /// Converts UTF-16 input to UTF-8 so that every importer can work on UTF-8 bytes.
    private static func utf8(_ data: Data, fileName: String) -> Data {
        guard data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]),
            let text = String(data: data, encoding: .utf16)
        else { return data }
        return Data(text.utf8)
    }

    private static func reason(for error: Error, url: URL) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) { return "no such file" }
        if isDirectory.boolValue { return "it is a folder; pass the exported file inside it" }
        return "permission denied or unreadable"
    }
}
