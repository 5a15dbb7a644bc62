import Foundation

/// Where the views and static files bundled with HavenServer are.
enum HavenServerResources {
    /// The folder of `Resources`, wherever `.copy("Resources")` placed it on this platform.
    static let root: String = {
        let bundle = Bundle.module
        let candidates = [
            bundle.resourceURL?.appendingPathComponent("Resources"),
            bundle.resourceURL,
            bundle.bundleURL.appendingPathComponent("Resources"),
        ].compactMap { $0 }
        let found = candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("Views").path) }
        return (found ?? candidates[0]).path + "/"
    }()

    static var viewsDirectory: String { root + "Views/" }
    static var publicDirectory: String { root + "Public/" }
}
