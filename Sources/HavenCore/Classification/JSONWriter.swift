/// Writes compact JSON by hand: fast, stable key order, and never fails.
public struct JSONWriter: Sendable {
    /// The JSON text so far.
    public private(set) var output = ""

    /// Creates an empty writer.
    public init() {
        output.reserveCapacity(256)
    }

    /// Appends raw JSON text (for punctuation and pre-encoded values).
    public mutating func raw(_ text: String) {
        output += text
    }

    /// Appends a string as a JSON string literal, escaping quotes, backslashes and control characters.
    public mutating func string(_ value: String) {
        output.append("\"")
        var start = value.unicodeScalars.startIndex
        var i = start
        let scalars = value.unicodeScalars
        while i != scalars.endIndex {
            let c = scalars[i]
            let escape: String?
            switch c.value {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x00...0x1F, 0x2028, 0x2029:
                let hex = String(c.value, radix: 16)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: escape = nil
            }
            if let escape {
                output.unicodeScalars.append(contentsOf: scalars[start..<i])
                output += escape
                start = scalars.index(after: i)
            }
            i = scalars.index(after: i)
        }
        output.unicodeScalars.append(contentsOf: scalars[start..<scalars.endIndex])
        output.append("\"")
    }

    /// Appends a number with at most three decimals (scores), or an integer.
    public mutating func number(_ value: Double) {
        guard value.isFinite else { output += "0"; return }
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded() && abs(rounded) < 1e15 {
            output += String(Int(rounded))
        } else {
            output += String(rounded)
        }
    }

    /// Appends an integer.
    public mutating func number(_ value: Int) {
        output += String(value)
    }

    /// Appends `"key":` for an object member.
    public mutating func key(_ name: String) {
        string(name)
        output += ":"
    }
}
