import Foundation
import ZIPFoundation

/// Finds and unpacks the chat file inside an exported `.zip` (WhatsApp puts `_chat.txt` there,
/// next to the media; macOS adds `__MACOSX/` junk that must be skipped).
enum ZipChatExtractor {
    /// The largest chat file Haven unpacks (guards against zip bombs).
    static let sizeLimit: UInt64 = 2 * 1024 * 1024 * 1024

    /// Whether the bytes start like a zip archive.
    static func isZip(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    /// The chat file's bytes and its path inside the archive.
    ///
    /// - Throws: ``ImportError/corruptArchive(file:detail:)`` or ``ImportError/noChatInArchive(file:)``.
    /// - Returns: the bytes, the chat's path, and the paths of other files in the archive that
    ///   are named like a chat too (a second `_chat.txt`, Messenger's `message_2.json`), which
    ///   are not read.
    static func extractChat(from data: Data, fileName: String) throws -> (data: Data, path: String, otherChats: [String]) {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw ImportError.corruptArchive(file: fileName, detail: "no readable table of contents")
        }
        let candidates = archive.filter { entry in
            entry.type == .file && !entry.path.hasPrefix("__MACOSX/") && !(entry.path as NSString).lastPathComponent.hasPrefix("._")
        }
        guard let entry = candidates.max(by: { rank($0.path) < rank($1.path) }), rank(entry.path) > 0 else {
            throw ImportError.noChatInArchive(file: fileName)
        }
        guard entry.uncompressedSize <= sizeLimit else {
            throw ImportError.corruptArchive(file: fileName, detail: "\(entry.path) is larger than 2 GB")
        }
        var chat = Data()
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry) { chat.append($0) }
        } catch {
            throw ImportError.corruptArchive(file: fileName, detail: "\(entry.path) could not be unpacked")
        }
        // ZIPFoundation computes the checksum of what it unpacked but does not compare it: a
        // flipped byte in a stored (uncompressed) chat would otherwise pass as a changed message.
        // It reports 0 for an entry whose checksum it could not read (some entries written with a
        // data descriptor), which says nothing either way.
        guard entry.checksum == 0 || checksum == entry.checksum else {
            throw ImportError.corruptArchive(file: fileName, detail: "\(entry.path) is damaged (its checksum does not match)")
        }
        let others = candidates.filter { $0.path != entry.path && rank($0.path) >= 3 }.map(\.path).sorted()
        return (chat, entry.path, others)
    }

    /// How likely a path is the chat: `_chat.txt` first, then other text or JSON files.
    private static func rank(_ path: String) -> Int {
        let name = (path as NSString).lastPathComponent.lowercased()
        if name == "_chat.txt" { return 5 }
        if name.hasPrefix("whatsapp chat"), name.hasSuffix(".txt") { return 4 }
        if name == "result.json" || name.hasPrefix("message_") && name.hasSuffix(".json") { return 3 }
        switch (name as NSString).pathExtension {
        case "txt", "json", "jsonl", "csv", "md", "html": return 1
        default: return 0
        }
    }
}
