/// One token of a message: a word, a punctuation mark or an emoji, located by UTF-8 byte offsets.
public struct Token: Sendable, Hashable {
    /// What kind of token this is.
    public enum Kind: UInt8, Sendable {
        /// Letters, digits and in-word apostrophes or hyphens.
        case word
        /// Sentence-ending punctuation: `.`, `!`, `?`, `…`.
        case sentenceEnd
        /// Clause-separating punctuation: `,`, `;`, `:`, dashes, brackets.
        case clauseBreak
        /// A quotation mark, straight or curly.
        case quote
        /// An emoji or other symbol.
        case symbol
    }

    /// UTF-8 byte offset of the first byte.
    public var start: Int32
    /// UTF-8 byte offset one past the last byte.
    public var end: Int32
    /// The vocabulary id of the normalised form; `Vocabulary.unknown` when the word is not in the vocabulary.
    public var id: Int32
    /// The kind of token.
    public var kind: Kind
    /// True when every letter of the original word was upper case (and it had at least two letters).
    public var isShouting: Bool

    /// Creates a token.
    public init(start: Int32, end: Int32, id: Int32, kind: Kind, isShouting: Bool = false) {
        self.start = start
        self.end = end
        self.id = id
        self.kind = kind
        self.isShouting = isShouting
    }
}
