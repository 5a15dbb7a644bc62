import Foundation
import Logging
import NIOConcurrencyHelpers

/// Captures every log line of the test process at trace level, to check what never gets logged.
final class LogCapture: LogHandler, @unchecked Sendable {
    static let lines = NIOLockedValueBox<[String]>([])

    /// Installs the capture once per process (the logging system can be bootstrapped only once).
    static let installed: Bool = {
        LoggingSystem.bootstrap { label in LogCapture(label: label) }
        return true
    }()

    let label: String
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    init(label: String) {
        self.label = label
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        Self.lines.withLockedValue { $0.append("\(event.level) \(label) \(event.message) \(all)") }
    }
}
