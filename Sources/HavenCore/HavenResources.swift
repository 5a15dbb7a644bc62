import Foundation

/// Reads the data files shipped in HavenCore's bundle (rules, model, lexicons, questionnaires).
public struct HavenResources: Sendable {
    /// The folder that holds the resources.
    public let root: URL

    /// Locates the resources in HavenCore's bundle.
    ///
    /// - Throws: `RuleBookError.missingResource` when the bundle has no resource folder.
    public init() throws {
        guard let url = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw RuleBookError.missingResource("Resources")
        }
        root = url
    }

    /// The URL of a resource given by its path under `Resources/`.
    public func url(_ path: String) -> URL {
        root.appendingPathComponent(path)
    }

    /// The bytes of a resource.
    ///
    /// - Throws: `RuleBookError.missingResource` when the bundle does not have it,
    ///   `RuleBookError.unreadableResource` when it is there but cannot be read.
    public func data(_ path: String) throws -> Data {
        guard let data = try dataIfPresent(path) else { throw RuleBookError.missingResource(path) }
        return data
    }

    /// The bytes of a resource, or nil when the bundle does not have it.
    ///
    /// - Throws: `RuleBookError.unreadableResource` when it is there but cannot be read.
    public func dataIfPresent(_ path: String) throws -> Data? {
        guard FileManager.default.fileExists(atPath: url(path).path) else { return nil }
        guard let data = FileManager.default.contents(atPath: url(path).path) else {
            throw RuleBookError.unreadableResource(path)
        }
        return data
    }

    /// The UTF-8 text of a resource.
    ///
    /// - Throws: as `data(_:)`.
    public func text(_ path: String) throws -> String {
        String(decoding: try data(path), as: UTF8.self)
    }

    /// Decodes a JSON resource.
    ///
    /// - Throws: as `data(_:)`, or the decoder's error when the JSON is malformed.
    public func decode<T: Decodable>(_ type: T.Type, _ path: String) throws -> T {
        try JSONDecoder().decode(T.self, from: try data(path))
    }
}
