import Foundation
import HavenCore

/// Renders the result of `haven screen` for people and for scripts.
enum ScreenReport {
    /// The `--json` output; `schemaVersion` changes only when fields change meaning or go away.
    struct Output: Encodable {
        var schemaVersion = 1
        var safety: [SafetyConcern]
        var evidence: [SafetyEvidence]
        var region: Region
        var resources: [SupportResource]
        var message: [String]

        struct Region: Encodable {
            var code: String
            var name: String
            var emergency: String?
        }
    }

    static func json(screening: SafetyScreening, guidance: SupportGuidance) throws -> String {
        let message = screening.fired ? guidance.lines + [guidance.emergency, guidance.privacy] : []
        let output = Output(
            safety: screening.concerns, evidence: screening.evidence,
            region: .init(code: guidance.region.code, name: guidance.region.name, emergency: guidance.region.emergency),
            resources: guidance.resources, message: message)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(output), as: UTF8.self)
    }

    static func text(screening: SafetyScreening, guidance: SupportGuidance, colour: Bool) -> String {
        func bold(_ s: String) -> String { colour ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
        guard screening.fired else {
            return "No signs of danger found in this text.\n\(guidance.privacy)\n"
        }
        var out = bold("Haven noticed words that can point to: "
            + screening.concerns.map(\.rawValue).joined(separator: ", ")) + "\n"
        for item in screening.evidence {
            out += "  \(item.concern.rawValue.padding(toLength: 17, withPad: " ", startingAt: 0))\"\(item.text)\"\n"
        }
        out += "\n" + guidance.lines.joined(separator: "\n") + "\n\n"
        out += bold("Support (\(guidance.region.name)):") + "\n"
        for resource in guidance.resources {
            var line = "  - \(resource.name): \(resource.contact)"
            if let hours = resource.hours { line += " (\(hours))" }
            if let url = resource.url { line += "  \(url)" }
            out += line + "\n"
        }
        out += guidance.emergency + "\n" + guidance.privacy + "\n"
        return out
    }
}
