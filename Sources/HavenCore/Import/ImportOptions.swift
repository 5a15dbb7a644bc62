import Foundation

/// Choices that change how an export is read.
public struct ImportOptions: Sendable, Hashable {
    /// Forces the order of day, month and year in numeric dates; `nil` detects it from the file.
    public var dateOrder: DateOrder?
    /// The file's name, used in error messages and warnings.
    public var fileName: String
    /// Set by ``ConversationReader`` when the data is a private read-only file mapping whose parsed
    /// pages may be released early (keeps peak memory low on very large exports).
    var inputIsFileMapping = false

    /// Creates import options.
    ///
    /// - Parameters:
    ///   - dateOrder: The date order to force, or `nil` to detect it.
    ///   - fileName: The file's name for messages; defaults to `"input"`.
    public init(dateOrder: DateOrder? = nil, fileName: String = "input") {
        self.dateOrder = dateOrder
        self.fileName = fileName
    }
}
