import Foundation

/// Small self-contained SVG charts for the HTML report: lines over time, stacked bars over time
/// and horizontal grouped bars. They scale to the page width and need no script.
enum SVGChart {
    /// One line or bar series.
    struct Series {
        var name: String
        var colour: String
        /// One value per x position; `nil` leaves a gap.
        var values: [Double?]
        var dashed = false
    }

    static let width = 640.0
    static let left = 44.0, right = 12.0, top = 12.0, bottom = 26.0

    /// A line chart over periods, with y from 0 to a rounded maximum and an optional reference line.
    static func lines(
        _ series: [Series], periods: [String], width: Double = SVGChart.width, height: Double = 190,
        reference: (value: Double, label: String)? = nil, label: String
    ) -> String {
        let maximum = niceMaximum(max(series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0, reference?.value ?? 0))
        let plot = frame(width: width, height: height, maximum: maximum, periods: periods, label: label)
        var svg = plot.open
        if let reference {
            let y = plot.y(reference.value)
            svg += "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y))\" y2=\"\(f(y))\" class=\"ref\"/>"
            svg += "<text x=\"\(f(width - right - 4))\" y=\"\(f(y - 4))\" text-anchor=\"end\" class=\"reflabel\">\(HTMLText.escape(reference.label))</text>"
        }
        for line in series {
            var path = "", pen = false
            for (index, value) in line.values.enumerated() {
                guard let value else { pen = false; continue }
                path += "\(pen ? "L" : "M")\(f(plot.x(index))),\(f(plot.y(value)))"
                pen = true
            }
            let dash = line.dashed ? " stroke-dasharray=\"5 4\"" : ""
            svg += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(line.colour)\" stroke-width=\"2\" stroke-linejoin=\"round\"\(dash)>"
                + "<title>\(HTMLText.escape(line.name))</title></path>"
            if line.values.compactMap({ $0 }).count <= 3 {
                for (index, value) in line.values.enumerated() {
                    guard let value else { continue }
                    svg += "<circle cx=\"\(f(plot.x(index)))\" cy=\"\(f(plot.y(value)))\" r=\"3\" fill=\"\(line.colour)\"/>"
                }
            }
        }
        return svg + "</svg>"
    }

    /// Stacked bars over periods.
    static func stackedBars(_ series: [Series], periods: [String], width: Double = 480, height: Double = 200, label: String) -> String {
        let totals = periods.indices.map { i in series.reduce(0) { $0 + ($1.values[i] ?? 0) } }
        let maximum = niceMaximum(totals.max() ?? 0)
        let plot = frame(width: width, height: height, maximum: maximum, periods: periods, label: label)
        var svg = plot.open
        let barWidth = max(1, (width - left - right) / Double(max(1, periods.count)) * 0.8)
        for index in periods.indices {
            var base = 0.0
            for bar in series {
                let value = bar.values[index] ?? 0
                guard value > 0 else { continue }
                let y0 = plot.y(base), y1 = plot.y(base + value)
                svg += "<rect x=\"\(f(plot.x(index) - barWidth / 2))\" y=\"\(f(y1))\" width=\"\(f(barWidth))\" "
                    + "height=\"\(f(max(0.5, y0 - y1)))\" fill=\"\(bar.colour)\"><title>\(HTMLText.escape(periods[index])): "
                    + "\(Int(value)) \(HTMLText.escape(bar.name))</title></rect>"
                base += value
            }
        }
        return svg + "</svg>"
    }

    /// Horizontal bars, one group per category, one bar per series; values are shares 0…1.
    static func groupedBars(_ series: [Series], categories: [String], width: Double = 360, label: String) -> String {
        let rowHeight = 13.0 * Double(max(1, series.count)) + 10
        let largest = max(0.01, series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0)
        let height = top + rowHeight * Double(categories.count) + 8
        let labelWidth = 62.0, barLeft = labelWidth + 8, barSpace = width - barLeft - 40
        var svg = "<svg class=\"narrow\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\">"
        for (row, category) in categories.enumerated() {
            let y = top + Double(row) * rowHeight
            svg += "<text x=\"\(f(labelWidth))\" y=\"\(f(y + rowHeight / 2))\" text-anchor=\"end\" class=\"tick\">\(HTMLText.escape(category))</text>"
            for (s, bar) in series.enumerated() {
                let share = bar.values[row] ?? 0
                let length = share / largest * barSpace
                let barY = y + 4 + Double(s) * 13
                svg += "<rect x=\"\(f(barLeft))\" y=\"\(f(barY))\" width=\"\(f(max(0.5, length)))\" height=\"11\" rx=\"2\" "
                    + "fill=\"\(bar.colour)\"><title>\(HTMLText.escape(bar.name)): \(Int((share * 100).rounded())) %</title></rect>"
                svg += "<text x=\"\(f(barLeft + length + 4))\" y=\"\(f(barY + 9.5))\" class=\"val\">\(Int((share * 100).rounded())) %</text>"
            }
        }
        return svg + "</svg>"
    }

    /// The axes, grid and period labels of a time chart, and the mapping from data to pixels.
    private static func frame(width: Double, height: Double, maximum: Double, periods: [String], label: String)
        -> (open: String, x: (Int) -> Double, y: (Double) -> Double)
    {
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let step = plotWidth / Double(max(1, periods.count))
        let x = { (index: Int) in left + step * (Double(index) + 0.5) }
        let y = { (value: Double) in top + plotHeight - (maximum > 0 ? value / maximum : 0) * plotHeight }
        var svg = "<svg viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\">"
        let intervals = tickIntervals(maximum)
        for tick in 0...intervals {
            let value = maximum * Double(tick) / Double(intervals)
            svg += "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(value)))\" y2=\"\(f(y(value)))\" class=\"gl\"/>"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y(value) + 4))\" text-anchor=\"end\" class=\"tick\">\(tickLabel(value))</text>"
        }
        for (index, text) in periodLabels(periods, most: width < 500 ? 4 : 8) {
            svg += "<text x=\"\(f(x(index)))\" y=\"\(f(height - 8))\" text-anchor=\"middle\" class=\"tick\">\(HTMLText.escape(text))</text>"
        }
        return (svg, x, y)
    }

    /// At most about `most` labels: years when the periods span several years, else the periods.
    static func periodLabels(_ periods: [String], most: Int) -> [(Int, String)] {
        let years = Set(periods.map { $0.prefix(4) })
        if years.count >= 3 {
            var seen = Set<Substring>(), labels: [(Int, String)] = []
            for (index, period) in periods.enumerated() where seen.insert(period.prefix(4)).inserted {
                labels.append((index, String(period.prefix(4))))
            }
            let stride = max(1, (labels.count + most - 1) / most)
            return labels.enumerated().filter { $0.offset % stride == 0 }.map(\.element)
        }
        let stride = max(1, (periods.count + most - 1) / most)
        return periods.enumerated().filter { $0.offset % stride == 0 }.map { ($0.offset, $0.element) }
    }

    /// 1, 2, 2.5 or 5 times a power of ten, at least the value (and at least 1).
    static func niceMaximum(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        let power = pow(10, (log10(value)).rounded(.down))
        for step in [1.0, 2, 2.5, 5, 10] where step * power >= value { return step * power }
        return 10 * power
    }

    /// Grid intervals that land on round numbers for a maximum from ``niceMaximum(_:)``.
    static func tickIntervals(_ maximum: Double) -> Int {
        let mantissa = maximum / pow(10, log10(maximum).rounded(.down))
        return abs(mantissa - 2) < 0.01 ? 4 : 5
    }

    private static func tickLabel(_ value: Double) -> String {
        if value == value.rounded() { return String(Int(value)) }
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    static func f(_ value: Double) -> String { String(format: "%.1f", value) }
}

/// Escaping text for HTML.
enum HTMLText {
    /// The text with `&`, `<`, `>`, `"` and `'` escaped.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
