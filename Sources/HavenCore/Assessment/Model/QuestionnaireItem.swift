import Foundation

/// The wording of one item, for questionnaires that ship it.
public struct QuestionnaireItem: Sendable, Equatable, Codable {
    /// The 1-based item number.
    public var number: Int
    /// The sentence shown to people, per locale.
    public var text: LocalizedText

    /// Creates an item.
    /// - Parameters:
    ///   - number: The 1-based item number.
    ///   - text: The sentence shown to people.
    public init(number: Int, text: LocalizedText) {
        self.number = number
        self.text = text
    }
}
