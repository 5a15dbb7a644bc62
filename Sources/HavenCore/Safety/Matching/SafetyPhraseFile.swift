import Foundation

/// The JSON phrase table behind ``SafetyScreener`` (`Resources/Safety/phrases.json`).
///
/// Patterns are written as space-separated slots, matched against lowercased word tokens:
/// - `word` matches that word; `a|b|c` matches any of the alternatives;
/// - `@name` matches any word of the class `name` (alternatives may mix words and classes);
/// - a trailing `?` makes a slot optional (`really?`);
/// - `*N` skips up to N words (`he *2 hit me`);
/// - `[two words|three more words]` offers whole phrases as alternatives;
/// - `$` matches the end of a clause (end of text, or punctuation after the previous word);
/// - a leading `!` exempts the pattern from the negation check, a leading `^` from idioms.
/// Apostrophes are normalised before matching: `don't` and `dont` both read as `do not`,
/// `he'll` as `he will`, `I'm` as `i am`, so patterns are written in those expanded forms.
struct SafetyPhraseFile: Decodable, Sendable {
    /// The table's version, reported with results so changes can be traced.
    var version: Int
    /// Chat spellings and contractions rewritten before matching (`"dont": "do not"`).
    var expansions: [String: String]
    /// Named word classes used in patterns as `@name`.
    var classes: [String: [String]]
    /// Words that cancel a match when they come shortly before it in the same clause.
    var negators: [String]
    /// Words that, right after a negator, keep it from negating (`can't stop`, `not sure`).
    var negationBreakers: [String]
    /// How many words before a match are searched for a negator.
    var negationWindow: Int
    /// Idioms and everyday phrases; a match overlapping one of these is dropped.
    var idioms: [String]
    /// Patterns per concern, keyed by the concern's raw value.
    var concerns: [String: [String]]
}
