import Foundation

/// Draws the anxiety × avoidance plane as a self-contained SVG: quadrant names, the history trail
/// and the latest point with its uncertainty band.
public struct AttachmentPlaneSVG: Sendable {
    /// The response scale of the two axes.
    public var scale: ResponseScale
    /// The side length of the square drawing, in pixels.
    public var size: Double

    /// Creates a renderer.
    /// - Parameters:
    ///   - scale: The response scale of the two axes.
    ///   - size: The side length of the drawing, in pixels.
    public init(scale: ResponseScale, size: Double = 360) {
        self.scale = scale
        self.size = size
    }

    /// Renders the plane.
    /// - Parameters:
    ///   - trajectory: The dated points, oldest first.
    ///   - latest: The latest profile, drawn with its band.
    /// - Returns: An `<svg>` element as text.
    public func render(trajectory: AttachmentTrajectory, latest: AttachmentProfile?) -> String {
        let margin = 40.0
        let inner = size - 2 * margin
        let low = Double(scale.min), span = Double(scale.max - scale.min)
        func x(_ avoidance: Double) -> Double { margin + (avoidance - low) / span * inner }
        func y(_ anxiety: Double) -> Double { margin + inner - (anxiety - low) / span * inner }
        let mid = scale.midpoint
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(size)) \(f(size))\" "
            + "width=\"\(f(size))\" height=\"\(f(size))\" role=\"img\" aria-label=\"Attachment anxiety by avoidance\">\n"
        svg += "<rect x=\"\(f(margin))\" y=\"\(f(margin))\" width=\"\(f(inner))\" height=\"\(f(inner))\" fill=\"#fafafa\" stroke=\"#999\"/>\n"
        svg += "<line x1=\"\(f(x(mid)))\" y1=\"\(f(margin))\" x2=\"\(f(x(mid)))\" y2=\"\(f(margin + inner))\" stroke=\"#ccc\" stroke-dasharray=\"4 4\"/>\n"
        svg += "<line x1=\"\(f(margin))\" y1=\"\(f(y(mid)))\" x2=\"\(f(margin + inner))\" y2=\"\(f(y(mid)))\" stroke=\"#ccc\" stroke-dasharray=\"4 4\"/>\n"
        for prototype in AttachmentPrototype.allCases {
            let point = prototype.point(on: scale)
            svg += "<text x=\"\(f(x(point.avoidance)))\" y=\"\(f(y(point.anxiety)))\" text-anchor=\"middle\" "
                + "font-size=\"11\" fill=\"#888\">\(prototype.displayName)</text>\n"
        }
        svg += "<text x=\"\(f(size / 2))\" y=\"\(f(size - 8))\" text-anchor=\"middle\" font-size=\"12\">avoidance →</text>\n"
        svg += "<text x=\"12\" y=\"\(f(size / 2))\" text-anchor=\"middle\" font-size=\"12\" "
            + "transform=\"rotate(-90 12 \(f(size / 2)))\">anxiety →</text>\n"
        if let latest {
            svg += "<rect x=\"\(f(x(latest.avoidance.lower)))\" y=\"\(f(y(latest.anxiety.upper)))\" "
                + "width=\"\(f(x(latest.avoidance.upper) - x(latest.avoidance.lower)))\" "
                + "height=\"\(f(y(latest.anxiety.lower) - y(latest.anxiety.upper)))\" fill=\"#4a7ab8\" fill-opacity=\"0.15\" "
                + "stroke=\"#4a7ab8\" stroke-opacity=\"0.4\"><title>95% uncertainty band</title></rect>\n"
        }
        let points = trajectory.points
        if points.count >= 2 {
            let path = points.map { "\(f(x($0.avoidance))),\(f(y($0.anxiety)))" }.joined(separator: " ")
            svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"#4a7ab8\" stroke-width=\"1.5\"/>\n"
        }
        for (index, point) in points.enumerated() {
            let isLast = index == points.count - 1
            let day = CalendarDay.string(from: point.date)
            svg += "<circle cx=\"\(f(x(point.avoidance)))\" cy=\"\(f(y(point.anxiety)))\" r=\"\(isLast ? 6 : 3.5)\" "
                + "fill=\"\(isLast ? "#1f4f8f" : "#8fb0dd")\"><title>\(day): anxiety \(f(point.anxiety)), "
                + "avoidance \(f(point.avoidance))</title></circle>\n"
        }
        svg += "</svg>"
        return svg
    }

    private func f(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
