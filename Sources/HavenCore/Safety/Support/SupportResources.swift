import Foundation

/// The helplines and words Haven shows when safety screening fires, per region.
///
/// Haven ships defaults for the US, UK, EU, Canada, Australia and India
/// (`Resources/Safety/support-resources.json`); a user file can replace or add regions,
/// change the default region, or reword the messages.
public struct SupportResources: Codable, Sendable, Hashable {
    /// The file format's version.
    public var version: Int
    /// The region used when a locale names no country (`en`, `C`, `POSIX`).
    public var defaultRegion: String
    /// The region used when a locale names a country no region covers.
    public var fallbackRegion: String
    /// The text shown with the resources.
    public var messages: SupportMessages
    /// Every region, in the order they are listed.
    public var regions: [SupportRegion]

    /// Haven's bundled defaults.
    ///
    /// - Returns: The bundled support resources.
    /// - Throws: ``SafetyError`` when the bundled file is missing or malformed.
    public static func bundled() throws(SafetyError) -> SupportResources {
        guard let url = Bundle.module.url(
            forResource: "support-resources", withExtension: "json", subdirectory: "Resources/Safety")
        else {
            throw .missingResource("Resources/Safety/support-resources.json")
        }
        return try decode(Self.read(url), name: url.lastPathComponent)
    }

    /// Decodes a complete support-resources file.
    ///
    /// - Parameters:
    ///   - data: The JSON bytes.
    ///   - name: The file name to show in error messages.
    /// - Returns: The decoded resources.
    /// - Throws: ``SafetyError/unreadable(file:reason:)`` or ``SafetyError/unknownRegion(_:)``.
    public static func decode(_ data: Data, name: String) throws(SafetyError) -> SupportResources {
        let resources: SupportResources
        do {
            resources = try JSONDecoder().decode(SupportResources.self, from: data)
        } catch {
            throw .unreadable(file: name, reason: Self.reason(error))
        }
        try resources.validate()
        return resources
    }

    /// These resources with a user file's changes applied.
    ///
    /// The user file has the same shape as the bundled one, but every field is optional:
    /// a region with a known code replaces it, a new code adds a region.
    ///
    /// - Parameter url: The user's JSON file.
    /// - Returns: The merged resources.
    /// - Throws: ``SafetyError/unreadable(file:reason:)`` when the file cannot be read or decoded,
    ///   ``SafetyError/unknownRegion(_:)`` when its default region is not defined.
    public func applyingUserFile(at url: URL) throws(SafetyError) -> SupportResources {
        let patch: SupportResourcesPatch
        do {
            patch = try JSONDecoder().decode(SupportResourcesPatch.self, from: Self.read(url))
        } catch let error as SafetyError {
            throw error
        } catch {
            throw .unreadable(file: url.path, reason: Self.reason(error))
        }
        var merged = self
        for region in patch.regions ?? [] {
            if let index = merged.regions.firstIndex(where: { $0.code == region.code }) {
                merged.regions[index] = region
            } else {
                merged.regions.append(region)
            }
        }
        if let code = patch.defaultRegion { merged.defaultRegion = code }
        if let code = patch.fallbackRegion { merged.fallbackRegion = code }
        if let messages = patch.messages { merged.messages = messages }
        try merged.validate()
        return merged
    }

    /// Where a user's own support-resources file lives.
    ///
    /// `HAVEN_SUPPORT_RESOURCES` when set, else `$XDG_CONFIG_HOME/haven/support-resources.json`,
    /// else `~/.config/haven/support-resources.json`.
    ///
    /// - Parameter environment: The process environment.
    /// - Returns: The file's location (it may not exist).
    public static func userFileURL(environment: [String: String]) -> URL {
        if let path = environment["HAVEN_SUPPORT_RESOURCES"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let config: URL
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            config = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            config = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".config", isDirectory: true)
        }
        return config.appendingPathComponent("haven/support-resources.json")
    }

    /// The region with the given code.
    ///
    /// - Parameter code: A region code such as `UK`; compared without regard to case.
    /// - Returns: The region, or `nil` when no region has that code.
    public func region(code: String) -> SupportRegion? {
        regions.first { $0.code.caseInsensitiveCompare(code) == .orderedSame }
    }

    private func validate() throws(SafetyError) {
        for code in [defaultRegion, fallbackRegion] where region(code: code) == nil {
            throw .unknownRegion(code)
        }
    }

    private static func read(_ url: URL) throws(SafetyError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: url.path, reason: "cannot open the file")
        }
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            "missing '\(key.stringValue)' at \(path(context))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong value at \(path(context))"
        case DecodingError.dataCorrupted(let context):
            context.codingPath.isEmpty ? "not valid JSON" : "bad value at \(path(context))"
        default:
            "not valid JSON"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let parts = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
        return parts.isEmpty ? "the top level" : parts.joined(separator: ".")
    }
}

/// A user's partial support-resources file: every field optional.
private struct SupportResourcesPatch: Decodable {
    var defaultRegion: String?
    var fallbackRegion: String?
    var messages: SupportMessages?
    var regions: [SupportRegion]?
}
