import Foundation

/// Locates read-only fixtures in `../shared/data`, which sits beside the package's clone.
enum SharedData {
    /// The package root, found from this file's path (Tests/HavenCoreTests/Support/SharedData.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/data` next to the package root.
    static let root: URL = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/data", isDirectory: true)

    /// A file under `../shared/data`, e.g. `url("chat-formats/WhatsR/inst/englishios24h.txt")`.
    static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }
}
