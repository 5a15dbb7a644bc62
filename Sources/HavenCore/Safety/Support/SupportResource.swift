/// One place a person can turn to: a helpline, a text line or a website.
public struct SupportResource: Codable, Sendable, Hashable {
    /// The service's name, e.g. "988 Suicide & Crisis Lifeline".
    public var name: String
    /// How to reach it, as a person would say it: "call or text 988".
    public var contact: String
    /// When it is available, e.g. "24/7"; `nil` when not stated.
    public var hours: String?
    /// The service's website; `nil` when it has none worth showing.
    public var url: String?
    /// The concerns this service is for.
    public var concerns: [SafetyConcern]

    /// Creates a resource.
    ///
    /// - Parameters:
    ///   - name: The service's name.
    ///   - contact: How to reach it.
    ///   - hours: When it is available.
    ///   - url: Its website.
    ///   - concerns: The concerns it is for.
    public init(name: String, contact: String, hours: String? = nil, url: String? = nil, concerns: [SafetyConcern]) {
        self.name = name
        self.contact = contact
        self.hours = hours
        self.url = url
        self.concerns = concerns
    }
}
