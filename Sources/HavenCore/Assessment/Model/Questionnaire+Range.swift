import Foundation

extension Questionnaire {
    /// The lowest and highest score a subscale can take under its scoring rule.
    /// - Parameter subscale: One of this questionnaire's subscales.
    /// - Returns: The range; for a mean, the mean of the item minimums to the mean of the maximums.
    public func range(of subscale: Subscale) -> ClosedRange<Double> {
        let scales = subscale.items.map { scale(forItem: $0) }
        let low = Double(scales.reduce(0) { $0 + $1.min })
        let high = Double(scales.reduce(0) { $0 + $1.max })
        switch subscale.scoring {
        case .sum: return low...high
        case .mean: return (low / Double(scales.count))...(high / Double(scales.count))
        }
    }
}
