import Foundation

/// Screens text for signs of self-harm, violence and coercive control.
///
/// Screening is a single pass over the text's UTF-8 bytes with a precompiled phrase table
/// (`Resources/Safety/phrases.json`): no regular expressions, no network, nothing logged.
/// It favours recall: a hard case that fires is preferred to a danger that is missed.
public struct SafetyScreener: Sendable {
    /// The screener built from Haven's bundled phrase table.
    public static let shared: SafetyScreener = {
        do {
            return try SafetyScreener()
        } catch {
            // The phrase table ships inside the package; without it Haven must not pretend to screen.
            fatalError("Haven's safety phrase table could not be loaded: \(error)")
        }
    }()

    private let table: SafetyPhraseTable

    /// The version of the phrase table in use.
    public var phraseTableVersion: Int { table.version }

    /// Creates a screener from Haven's bundled phrase table.
    ///
    /// - Throws: ``SafetyError`` when the bundled table is missing or malformed.
    public init() throws(SafetyError) {
        guard let url = Bundle.module.url(forResource: "phrases", withExtension: "json", subdirectory: "Resources/Safety")
            ?? Bundle.module.url(forResource: "phrases", withExtension: "json", subdirectory: "Safety")
        else {
            throw .missingResource("Resources/Safety/phrases.json")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: url.lastPathComponent, reason: error.localizedDescription)
        }
        try self.init(phraseTable: data, name: url.lastPathComponent)
    }

    /// Creates a screener from a phrase table in Haven's JSON format.
    ///
    /// - Parameters:
    ///   - phraseTable: The JSON bytes of the table.
    ///   - name: The file name to show in error messages.
    /// - Throws: ``SafetyError/unreadable(file:reason:)`` for bad JSON,
    ///   ``SafetyError/invalidPattern(pattern:reason:)`` for a malformed pattern.
    public init(phraseTable: Data, name: String = "phrases.json") throws(SafetyError) {
        let file: SafetyPhraseFile
        do {
            file = try JSONDecoder().decode(SafetyPhraseFile.self, from: phraseTable)
        } catch {
            throw .unreadable(file: name, reason: String(describing: error))
        }
        table = try SafetyPhraseTable(file: file)
    }

    /// Screens one text.
    ///
    /// - Parameter text: Any text: a chat message, a journal entry, a whole conversation.
    /// - Returns: The concerns that fired and the words behind them; ``SafetyScreening/clear`` when none did.
    public func screen(_ text: String) -> SafetyScreening {
        var text = text
        return text.withUTF8 { bytes in
            var tokens: [SafetyToken] = []
            tokens.reserveCapacity(bytes.count / 4 + 4)
            SafetyTokenizer(table: table).tokenize(bytes, into: &tokens)
            return tokens.withUnsafeBufferPointer { SafetyMatcher(table: table).screen($0, bytes: bytes) }
        }
    }
}
