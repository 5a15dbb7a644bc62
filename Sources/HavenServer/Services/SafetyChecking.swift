import HavenCore

/// Screens free text for safety concerns (self-harm, violence, coercive control).
///
/// Kept behind a protocol so that tests (or a deployment with its own phrase table) can supply
/// another screener without touching the controllers. What it finds is shown to the writer only.
protocol SafetyChecking: Sendable {
    /// Screens one text.
    func screen(_ text: String) -> SafetyScreening
}

extension SafetyChecking {
    /// The raw values of the concerns raised by a text (such as `self-harm`).
    func concerns(in text: String) -> [String] {
        screen(text).concerns.map(\.rawValue)
    }
}

/// HavenCore's phrase-table screener, the same one `haven classify` and `haven check` use.
struct CoreSafetyChecking: SafetyChecking {
    func screen(_ text: String) -> SafetyScreening {
        SafetyScreener.shared.screen(text)
    }
}
