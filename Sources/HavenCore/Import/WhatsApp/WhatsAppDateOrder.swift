import Foundation

/// Decides which date field is the day, the month and the year for a whole export.
///
/// The year is the 4-digit (or era-marked) field, else a field above 31, else the last field.
/// A value above 12 in one of the other two fields marks it as the day. When no such value
/// exists, the reading under which the messages run forward in time wins; when both readings
/// are equally plausible the order is ambiguous and a warning is raised.
struct WhatsAppDateOrder {
    var yearPosition: Int
    var dayPosition: Int
    var monthPosition: Int

    /// Collects evidence header by header.
    struct Evidence {
        private(set) var knownYearPosition: Int?
        private var above31 = [0, 0, 0]
        private var above12 = [0, 0, 0]
        private var previous: (Int, Int)?
        private var backwardSteps = (0, 0)
        private var invalid = (0, 0)

        /// Whether a day above 12 has settled the order already.
        var isDecisive: Bool {
            let (first, second) = pair
            return (above12[first] > 0) != (above12[second] > 0)
        }

        private var yearPosition: Int { knownYearPosition ?? (above31[0] > 0 ? 0 : 2) }
        private var pair: (Int, Int) {
            let rest = [0, 1, 2].filter { $0 != yearPosition }
            return (rest[0], rest[1])
        }

        mutating func add(_ header: WhatsAppHeader) {
            if knownYearPosition == nil { knownYearPosition = header.knownYearPosition }
            let values = [header.fields.0, header.fields.1, header.fields.2]
            for position in 0..<3 {
                if values[position] > 31 { above31[position] += 1 }
                if values[position] > 12 { above12[position] += 1 }
            }
            let (first, second) = pair
            let year = values[yearPosition]
            let seconds = header.hour * 3_600 + header.minute * 60 + header.second
            let keyA = ((year * 13 + values[second]) * 32 + values[first]) * 86_400 + seconds  // first = day
            let keyB = ((year * 13 + values[first]) * 32 + values[second]) * 86_400 + seconds  // first = month
            if values[second] > 12 { invalid.0 += 1 }
            if values[first] > 12 { invalid.1 += 1 }
            if let (lastA, lastB) = previous {
                if keyA < lastA { backwardSteps.0 += 1 }
                if keyB < lastB { backwardSteps.1 += 1 }
            }
            previous = (keyA, keyB)
        }

        /// The order the evidence supports, with a warning when it had to guess.
        func resolve(forced: DateOrder?) -> (WhatsAppDateOrder, ImportWarning?) {
            let (first, second) = pair
            if let forced {
                switch forced {
                case .dayFirst: return (WhatsAppDateOrder(yearPosition: yearPosition, dayPosition: first, monthPosition: second), nil)
                case .monthFirst: return (WhatsAppDateOrder(yearPosition: yearPosition, dayPosition: second, monthPosition: first), nil)
                case .yearFirst:
                    let year = knownYearPosition ?? 0
                    let rest = [0, 1, 2].filter { $0 != year }
                    return (WhatsAppDateOrder(yearPosition: year, dayPosition: rest[1], monthPosition: rest[0]), nil)
                }
            }
            let dayFirst = WhatsAppDateOrder(yearPosition: yearPosition, dayPosition: first, monthPosition: second)
            let monthFirst = WhatsAppDateOrder(yearPosition: yearPosition, dayPosition: second, monthPosition: first)
            if invalid.0 != invalid.1 { return (invalid.0 < invalid.1 ? dayFirst : monthFirst, nil) }
            if backwardSteps.0 != backwardSteps.1 { return (backwardSteps.0 < backwardSteps.1 ? dayFirst : monthFirst, nil) }
            if yearPosition == 0 { return (monthFirst, nil) }  // year-month-day is the only year-first order in use
            return (dayFirst, .ambiguousDateOrder(assumed: .dayFirst))
        }
    }

    /// The date a header names under this order, or `nil` when the fields are out of range.
    func date(of header: WhatsAppHeader) -> Date? {
        var year = Self.field(header.fields, yearPosition)
        if Self.field(header.digitCounts, yearPosition) <= 2 { year += 2_000 }
        return CivilTime.date(
            year: year, month: Self.field(header.fields, monthPosition), day: Self.field(header.fields, dayPosition),
            hour: header.hour, minute: header.minute, second: Double(header.second))
    }

    private static func field(_ fields: (Int, Int, Int), _ position: Int) -> Int {
        position == 0 ? fields.0 : (position == 1 ? fields.1 : fields.2)
    }
}
