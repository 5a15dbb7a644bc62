import HavenCore

/// Safety screening of a message's text for the commands that read text.
struct MessageScreener {
    /// The raw values of the concerns screening raises for a text (`self-harm`, `violence`,
    /// `coercive-control`), sorted; empty when nothing fired.
    func concerns(in text: String) -> [String] {
        SafetyScreener.shared.screen(text).concerns.map(\.rawValue)
    }
}
