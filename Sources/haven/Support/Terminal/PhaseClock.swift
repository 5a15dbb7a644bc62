import Foundation

/// Prints how long each phase of a command took on stderr (for benchmarks; off by default).
final class PhaseClock {
    private let enabled: Bool
    private var last = DispatchTime.now()

    init(enabled: Bool) { self.enabled = enabled }

    /// Prints the time since the previous lap under a name.
    func lap(_ name: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        let seconds = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9
        writeToStandardError(String(format: "%@: %.2f s\n", name, seconds))
        last = now
    }
}
