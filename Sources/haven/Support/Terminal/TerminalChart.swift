import Foundation
import HavenCore

/// Small charts drawn with characters: the anxiety × avoidance plane, score bars and sparklines.
enum TerminalChart {
    /// The plane as a character grid: `·` earlier results, `●` the latest, quadrant names in the corners.
    static func plane(_ trajectory: AttachmentTrajectory, scale: ResponseScale, width: Int = 41, height: Int = 15) -> [String] {
        var grid = Array(repeating: Array(repeating: Character(" "), count: width), count: height)
        let low = Double(scale.min), span = Double(scale.max - scale.min)
        func column(_ avoidance: Double) -> Int { min(width - 1, max(0, Int(((avoidance - low) / span * Double(width - 1)).rounded()))) }
        func row(_ anxiety: Double) -> Int { min(height - 1, max(0, height - 1 - Int(((anxiety - low) / span * Double(height - 1)).rounded()))) }
        let midColumn = column(scale.midpoint), midRow = row(scale.midpoint)
        for r in 0..<height { grid[r][midColumn] = "│" }
        for c in 0..<width { grid[midRow][c] = c == midColumn ? "┼" : "─" }
        put("anxious", at: 0, 1, in: &grid)
        put("fearful", at: 0, width - 8, in: &grid)
        put("secure", at: height - 1, 1, in: &grid)
        put("avoidant", at: height - 1, width - 9, in: &grid)
        for (index, point) in trajectory.points.enumerated() {
            grid[row(point.anxiety)][column(point.avoidance)] = index == trajectory.points.count - 1 ? "●" : "·"
        }
        var lines = ["anxiety ↑"]
        lines += grid.map { "  ┃" + String($0) + "┃" }
        lines.append("  " + String(repeating: "━", count: width + 2) + " avoidance →")
        return lines
    }

    /// A bar for a score within its range, such as `███████░░░░░`.
    static func bar(_ value: Double, in range: ClosedRange<Double>, width: Int = 20) -> String {
        let share = range.upperBound > range.lowerBound ? (value - range.lowerBound) / (range.upperBound - range.lowerBound) : 0
        let filled = min(width, max(0, Int((share * Double(width)).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    /// A sparkline of values within a range, oldest first.
    static func sparkline(_ values: [Double], in range: ClosedRange<Double>) -> String {
        let ticks = Array("▁▂▃▄▅▆▇█")
        let span = range.upperBound - range.lowerBound
        return String(values.map { value in
            let share = span > 0 ? (value - range.lowerBound) / span : 0
            return ticks[min(ticks.count - 1, max(0, Int(share * Double(ticks.count - 1) + 0.5)))]
        })
    }

    private static func put(_ text: String, at row: Int, _ column: Int, in grid: inout [[Character]]) {
        for (offset, character) in text.enumerated() where column + offset < grid[row].count && column + offset >= 0 {
            grid[row][column + offset] = character
        }
    }
}
