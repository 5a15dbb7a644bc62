/// A kind of danger that Haven's safety screening looks for in text.
///
/// The raw values are the stable names used in JSON output (`"safety": ["self-harm"]`).
public enum SafetyConcern: String, Codable, CaseIterable, Sendable, Hashable, Comparable {
    /// Signs of self-harm or suicidal thinking: wishes, plans, means, goodbyes, giving things away.
    case selfHarm = "self-harm"
    /// Signs of violence: being hit, pushed or choked, threats, weapons, fear of the partner.
    case violence
    /// Signs of coercive control: monitoring, isolation, controlling money or work,
    /// threats about the children, threats to expose.
    case coerciveControl = "coercive-control"

    /// Orders concerns by their declaration order, so lists print the same way every time.
    ///
    /// - Parameters:
    ///   - lhs: The first concern.
    ///   - rhs: The second concern.
    /// - Returns: `true` when `lhs` is declared before `rhs`.
    public static func < (lhs: SafetyConcern, rhs: SafetyConcern) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int {
        switch self {
        case .selfHarm: 0
        case .violence: 1
        case .coerciveControl: 2
        }
    }
}
