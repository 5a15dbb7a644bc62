/// The words in a message that triggered a finding.
///
/// Offsets count Unicode scalars (as Python's `str` and JavaScript's `Array.from` do), from 0,
/// with `end` one past the last scalar.
public struct Evidence: Sendable, Codable, Hashable {
    /// Offset of the first scalar of the evidence.
    public var start: Int
    /// Offset one past its last scalar.
    public var end: Int
    /// The words themselves, as written.
    public var text: String

    /// Creates evidence.
    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}
