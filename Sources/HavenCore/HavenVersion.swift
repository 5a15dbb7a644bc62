/// The version of the Haven engine and its data files.
public enum HavenVersion {
    /// The engine's semantic version, shown by `haven --version`.
    public static let current = "0.1.0"
}
