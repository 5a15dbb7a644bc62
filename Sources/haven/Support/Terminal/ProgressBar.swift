import Foundation

/// A one-line progress bar on stderr, drawn only when stderr is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let enabled: Bool
    private let title: String
    private var shown = -1

    /// A bar with a title, enabled only when stderr is a terminal.
    init(title: String) {
        self.title = title
        enabled = isatty(2) == 1
    }

    /// Shows a status line without a bar (for a phase whose length is unknown).
    func status(_ text: String) {
        guard enabled else { return }
        writeToStandardError("\r\u{1B}[2K\(text)")
    }

    /// Updates the bar to a share of the work done, 0…1 (safe from any thread).
    func update(_ fraction: Double) {
        guard enabled else { return }
        let percent = Int((min(1, max(0, fraction)) * 100).rounded(.down))
        lock.lock()
        defer { lock.unlock() }
        guard percent != shown else { return }
        shown = percent
        let width = 30, filled = percent * width / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        writeToStandardError("\r\u{1B}[2K\(title) \(bar) \(percent)%")
    }

    /// Clears the line.
    func finish() {
        guard enabled else { return }
        writeToStandardError("\r\u{1B}[2K")
    }
}
