/// The support resources for one country or group of countries.
public struct SupportRegion: Codable, Sendable, Hashable {
    /// A short code: `US`, `UK`, `EU`, `CA`, `AU`, `IN`, `INTL`, or one a user file defines.
    public var code: String
    /// A name a person recognises, e.g. "United Kingdom".
    public var name: String
    /// ISO 3166 country codes (upper case) whose locales map to this region.
    public var countries: [String]
    /// The emergency number, e.g. "911"; `nil` when it varies.
    public var emergency: String?
    /// The services, in the order they are shown.
    public var resources: [SupportResource]

    /// Creates a region.
    ///
    /// - Parameters:
    ///   - code: The region's short code.
    ///   - name: The region's name.
    ///   - countries: Country codes that map to it.
    ///   - emergency: The emergency number.
    ///   - resources: Its services.
    public init(code: String, name: String, countries: [String], emergency: String?, resources: [SupportResource]) {
        self.code = code
        self.name = name
        self.countries = countries
        self.emergency = emergency
        self.resources = resources
    }

    /// The services that fit any of the given concerns, in the region's order.
    ///
    /// - Parameter concerns: The concerns that fired.
    /// - Returns: The matching services; empty when `concerns` is empty.
    public func resources(for concerns: [SafetyConcern]) -> [SupportResource] {
        resources.filter { resource in resource.concerns.contains { concerns.contains($0) } }
    }
}
