import Crypto
import Foundation
import Logging

/// Seals journal text with AES-256-GCM before it is stored, and opens it for its owner.
struct JournalSealer: Sendable {
    // Kept as bytes: `SymmetricKey` is not `Sendable` in this swift-crypto.
    private let keyBytes: Data

    init(key: SymmetricKey) {
        keyBytes = key.withUnsafeBytes { Data($0) }
    }

    private var key: SymmetricKey { SymmetricKey(data: keyBytes) }

    /// Loads the key named by the configuration, creating a key file on first start.
    /// - Throws: `ConfigError.journalKey` when the key is malformed or the file cannot be written.
    static func load(_ source: AppConfig.JournalKey, logger: Logger) throws(ConfigError) -> JournalSealer {
        switch source {
        case .ephemeral:
            return JournalSealer(key: SymmetricKey(size: .bits256))
        case let .base64(text):
            return JournalSealer(key: try decode(text, origin: "HAVEN_JOURNAL_KEY"))
        case let .file(path):
            if let data = FileManager.default.contents(atPath: path) {
                let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                return JournalSealer(key: try decode(text, origin: path))
            }
            let key = SymmetricKey(size: .bits256)
            let text = key.withUnsafeBytes { Data($0) }.base64EncodedString() + "\n"
            guard FileManager.default.createFile(
                atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
            else {
                throw .journalKey(path: path, reason: "cannot create the key file; set HAVEN_JOURNAL_KEY or HAVEN_JOURNAL_KEY_FILE")
            }
            logger.warning(
                "Generated a new journal key at \(path). Back it up: without it, journal entries cannot be read.")
            return JournalSealer(key: key)
        }
    }

    private static func decode(_ text: String, origin: String) throws(ConfigError) -> SymmetricKey {
        guard let data = Data(base64Encoded: text), data.count == 32 else {
            throw .journalKey(path: origin, reason: "expected 32 bytes in base64")
        }
        return SymmetricKey(data: data)
    }

    /// Encrypts text; the result carries its own random nonce and tag.
    func seal(_ text: String) throws -> Data {
        guard let combined = try AES.GCM.seal(Data(text.utf8), using: key).combined else {
            throw JournalError.cannotSeal
        }
        return combined
    }

    /// Decrypts what `seal` produced.
    /// - Throws: `JournalError.cannotOpen` when the data was altered or sealed with another key.
    func open(_ sealed: Data) throws -> String {
        do {
            let box = try AES.GCM.SealedBox(combined: sealed)
            return String(decoding: try AES.GCM.open(box, using: key), as: UTF8.self)
        } catch {
            throw JournalError.cannotOpen
        }
    }
}

/// A journal entry that could not be sealed or opened.
enum JournalError: Error, Equatable, CustomStringConvertible {
    case cannotSeal
    case cannotOpen

    var description: String {
        switch self {
        case .cannotSeal: "The journal entry could not be encrypted."
        case .cannotOpen: "A journal entry could not be decrypted: was the journal key changed?"
        }
    }
}
