import Foundation
import HavenCore

/// The human-readable output of `haven plan`.
enum PlanText {
    static func render(_ plan: Plan) -> String {
        var lines: [String] = [Terminal.bold("Your next steps"), ""]
        if let support = plan.professionalSupport {
            lines.append(Terminal.warn("Talk to a professional"))
            lines += support.reasons.map { "  – \($0)" }
            lines.append("  \(support.advice)")
            lines.append("")
        }
        for (index, step) in plan.steps.enumerated() {
            lines.append(Terminal.bold("\(index + 1). \(step.title)"))
            lines.append("   Why:")
            lines += step.why.map { "     – \($0)" }
            lines.append("   Try: \(step.exercise.title)")
            lines += step.exercise.steps.enumerated().map { "     \($0.offset + 1)) \($0.element)" }
            lines.append("")
        }
        if plan.steps.isEmpty && plan.professionalSupport == nil {
            lines.append("Nothing in your results points to a particular step right now.")
            lines.append("")
        }
        lines += plan.withheld.map { Terminal.dim("Left out: \($0)") }
        lines += plan.notes.map { Terminal.dim("Note: \($0)") }
        lines.append("")
        lines.append("What this can and cannot tell:")
        lines += plan.limits.map { "  – \($0)" }
        return lines.joined(separator: "\n")
    }
}
