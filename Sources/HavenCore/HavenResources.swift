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

    /// The UTF-8 text of a resource.
    ///
    /// - Throws: `RuleBookError.missingResource` when it cannot be read.
    public func text(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: url(path).path) else {
            throw RuleBookError.missingResource(path)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The bytes of a resource, or nil when the bundle does not have it.
    public func dataIfPresent(_ path: String) -> Data? {
        FileManager.default.contents(atPath: url(path).path)
    }

    /// Decodes a JSON resource.
    ///
    /// - Throws: `RuleBookError.missingResource`, or the decoder's error when the JSON is malformed.
    public func decode<T: Decodable>(_ type: T.Type, _ path: String) throws -> T {
        guard let data = FileManager.default.contents(atPath: url(path).path) else {
            throw RuleBookError.missingResource(path)
        }
        return try JSONDecoder().decode(T.self, from: data)
    }
}
