/// Problems loading Haven's safety data: the phrase table or the support-resources file.
public enum SafetyError: Error, Equatable, CustomStringConvertible, Sendable {
    /// A bundled resource is missing from the package (a packaging bug, not a user mistake).
    case missingResource(String)
    /// A JSON file could not be read or decoded.
    case unreadable(file: String, reason: String)
    /// A phrase pattern in the phrase table is malformed.
    case invalidPattern(pattern: String, reason: String)
    /// A support-resources file names a default region that it does not define.
    case unknownRegion(String)

    /// A message a person can act on.
    public var description: String {
        switch self {
        case .missingResource(let name):
            "Haven's bundled safety resource '\(name)' is missing; reinstall Haven."
        case .unreadable(let file, let reason):
            "\(file): could not be read as a safety data file (\(reason))."
        case .invalidPattern(let pattern, let reason):
            "safety phrase '\(pattern)': \(reason)."
        case .unknownRegion(let region):
            "support resources: region '\(region)' is not defined; use one of the region codes in the file (e.g. US, UK, EU)."
        }
    }
}
