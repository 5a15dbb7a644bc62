import HavenCore

/// Screens free text for safety concerns (self-harm, violence, coercive control).
///
/// The server keeps this behind a protocol so that the screener HavenCore provides can be
/// swapped in without touching the controllers. What it finds is shown to the writer only.
protocol SafetyChecking: Sendable {
    /// The raw values of the concerns raised by a text (such as `self-harm`), sorted.
    func concerns(in text: String) -> [String]
}

/// Used until HavenCore's `SafetyScreener` is on main: raises nothing.
struct NoSafetyChecking: SafetyChecking {
    func concerns(in text: String) -> [String] { [] }
}
