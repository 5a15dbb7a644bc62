import Foundation
import HavenCore

/// Turns an uploaded chat export into the report the uploader sees (and, with consent, the partner).
///
/// A protocol so that tests or a deployment can supply another analyzer; the default is the one
/// `haven analyze` uses. The export itself is never stored: only the report.
protocol ChatAnalyzing: Sendable {
    /// Reads an export and returns its report.
    /// - Throws: `ImportError` for a file that is not a chat export.
    func report(for data: Data, fileName: String) throws -> AnalysisReport
}

/// HavenCore's importers and `ConversationAnalyzer`: the same report as `haven analyze --json`.
struct CoreChatAnalyzer: ChatAnalyzing {
    let engine: SignalEngine

    func report(for data: Data, fileName: String) throws -> AnalysisReport {
        let conversation = try ConversationReader().read(data: data, fileName: fileName)
        return ConversationAnalyzer(engine: engine).analyze(conversation)
    }
}
