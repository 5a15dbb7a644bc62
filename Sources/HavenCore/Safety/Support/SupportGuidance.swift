/// What to show a person after screening their text: warm words and the resources that fit.
public struct SupportGuidance: Codable, Sendable, Hashable {
    /// The concerns that fired; empty when nothing did.
    public var concerns: [SafetyConcern]
    /// The region whose resources are shown.
    public var region: SupportRegion
    /// The lines of text to show, in order; empty when nothing fired.
    public var lines: [String]
    /// The services that fit the concerns; empty when nothing fired.
    public var resources: [SupportResource]
    /// The emergency line for the region.
    public var emergency: String
    /// The reassurance that the check was private.
    public var privacy: String

    /// Builds the guidance for a screening result.
    ///
    /// - Parameters:
    ///   - screening: The result of ``SafetyScreener/screen(_:)``.
    ///   - resources: The support resources to draw from.
    ///   - locale: The person's locale identifier (`en_GB`), or a region code in capitals (`UK`).
    public init(for screening: SafetyScreening, resources: SupportResources, locale: String?) {
        let region = resources.region(forLocale: locale)
        let messages = resources.messages
        concerns = screening.concerns
        self.region = region
        if screening.fired {
            lines = [messages.intro] + screening.concerns.map { messages.line(for: $0) } + [messages.professional]
        } else {
            lines = []
        }
        self.resources = region.resources(for: screening.concerns)
        emergency = messages.emergencyLine(for: region)
        privacy = messages.privacy
    }
}
