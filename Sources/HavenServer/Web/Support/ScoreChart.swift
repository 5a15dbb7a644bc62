import Foundation
import LeafKit

/// A small line chart of one subscale's scores over time, as inline SVG (no script, no styles:
/// presentation attributes only, so it passes the CSP). Text is escaped.
struct ScoreChart {
    var title: String
    var points: [(date: Date, value: Double)]
    var range: ClosedRange<Double>

    static let width = 320.0
    static let height = 140.0
    static let margin = (left: 34.0, right: 10.0, top: 12.0, bottom: 24.0)

    var svg: String {
        let w = Self.width, h = Self.height, m = Self.margin
        let plotW = w - m.left - m.right, plotH = h - m.top - m.bottom
        let span = max(range.upperBound - range.lowerBound, 0.0001)
        func y(_ v: Double) -> Double { m.top + plotH * (1 - (min(max(v, range.lowerBound), range.upperBound) - range.lowerBound) / span) }
        func x(_ i: Int) -> Double { points.count == 1 ? m.left + plotW / 2 : m.left + plotW * Double(i) / Double(points.count - 1) }
        func f(_ v: Double) -> String { String(format: "%.1f", v) }

        let label = "\(title): " + points.map { "\(TimeText.day($0.date)) \(f($0.value))" }.joined(separator: ", ")
        var out = "<svg viewBox=\"0 0 \(Int(w)) \(Int(h))\" width=\"100%\" role=\"img\" aria-label=\"\(label.htmlEscaped())\">"
        out += "<title>\(title.htmlEscaped())</title>"
        for v in [range.lowerBound, (range.lowerBound + range.upperBound) / 2, range.upperBound] {
            out += "<line x1=\"\(f(m.left))\" x2=\"\(f(w - m.right))\" y1=\"\(f(y(v)))\" y2=\"\(f(y(v)))\" stroke=\"#d0d4dc\" stroke-width=\"1\"/>"
            out += "<text x=\"\(f(m.left - 6))\" y=\"\(f(y(v) + 4))\" font-size=\"11\" text-anchor=\"end\" fill=\"#444\">\(f(v))</text>"
        }
        if points.count > 1 {
            let path = points.indices.map { "\(f(x($0))),\(f(y(points[$0].value)))" }.joined(separator: " ")
            out += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"#2b5d8a\" stroke-width=\"2\"/>"
        }
        for (i, p) in points.enumerated() {
            out += "<circle cx=\"\(f(x(i)))\" cy=\"\(f(y(p.value)))\" r=\"3.5\" fill=\"#2b5d8a\"/>"
        }
        if let first = points.first {
            out += "<text x=\"\(f(m.left))\" y=\"\(f(h - 6))\" font-size=\"11\" fill=\"#444\">\(TimeText.day(first.date))</text>"
        }
        if points.count > 1, let last = points.last {
            out += "<text x=\"\(f(w - m.right))\" y=\"\(f(h - 6))\" font-size=\"11\" text-anchor=\"end\" fill=\"#444\">\(TimeText.day(last.date))</text>"
        }
        return out + "</svg>"
    }
}
