import HavenCore

/// Safety screening of a message's text for the commands that read text.
struct MessageScreener {
    /// The raw values of the concerns screening raises for a text.
    func concerns(in text: String) -> [String] {
        []
    }
}
