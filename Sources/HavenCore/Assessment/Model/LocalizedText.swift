import Foundation

/// Text in several languages, keyed by locale identifier ("en", "de", …).
public struct LocalizedText: Sendable, Equatable, Hashable, Codable {
    /// The text for each locale identifier.
    public var values: [String: String]

    /// Creates localized text from a locale → text map.
    /// - Parameter values: The text for each locale identifier.
    public init(_ values: [String: String]) {
        self.values = values
    }

    /// The text for a locale, falling back to the language part, then to English, then to any text.
    /// - Parameter locale: A locale identifier such as "en" or "de-CH".
    /// - Returns: The best matching text, or an empty string when there is none.
    public func resolved(for locale: String = "en") -> String {
        if let exact = values[locale] { return exact }
        let language = String(locale.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "")
        if let byLanguage = values[language] { return byLanguage }
        if let english = values["en"] { return english }
        return values.sorted { $0.key < $1.key }.first?.value ?? ""
    }

    /// Decodes from a plain JSON object of locale → text.
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when the value is not an object of strings.
    public init(from decoder: any Decoder) throws {
        values = try decoder.singleValueContainer().decode([String: String].self)
    }

    /// Encodes as a plain JSON object of locale → text.
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError` when the encoder fails.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }
}
