import Foundation

/// Choosing the region whose resources to show from a locale identifier.
extension SupportResources {
    /// The region for a locale identifier.
    ///
    /// Accepts `en_GB`, `en-GB`, `en_GB.UTF-8`, `fr_FR@euro`, `zh-Hant-TW`, or a region code written in
    /// capitals (`UK`, `EU`, `INTL`) as an explicit override. A locale without a country (`en`, `C`,
    /// `POSIX`, empty) gets ``defaultRegion``; a country no region lists gets ``fallbackRegion``.
    ///
    /// - Parameter identifier: The locale identifier, or `nil` for none.
    /// - Returns: The region to show.
    public func region(forLocale identifier: String?) -> SupportRegion {
        let trimmed = (identifier ?? "").trimmingCharacters(in: .whitespaces)
        if trimmed == trimmed.uppercased(), !trimmed.isEmpty, let region = region(code: trimmed) {
            return region
        }
        guard let country = Self.country(in: trimmed) else { return regionOrFirst(defaultRegion) }
        if let region = regions.first(where: { $0.countries.contains(country) }) { return region }
        return regionOrFirst(fallbackRegion)
    }

    /// The country code in a locale identifier, upper-cased, or `nil` when it names none.
    ///
    /// - Parameter identifier: A locale identifier such as `en_GB.UTF-8`.
    /// - Returns: The country code, e.g. `GB`.
    static func country(in identifier: String) -> String? {
        var base = Substring(identifier)
        if let cut = base.firstIndex(where: { $0 == "." || $0 == "@" }) { base = base[..<cut] }
        let parts = base.split(whereSeparator: { $0 == "_" || $0 == "-" })
        guard parts.count >= 2 else { return nil }
        for part in parts.dropFirst() {
            if part.count == 2, part.allSatisfy(\.isLetter) { return part.uppercased() }
            if part.count == 3, part.allSatisfy(\.isNumber) { return String(part) }
        }
        return nil
    }

    private func regionOrFirst(_ code: String) -> SupportRegion {
        region(code: code) ?? regions[0]
    }
}
