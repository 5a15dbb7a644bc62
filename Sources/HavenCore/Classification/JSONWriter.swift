/// Writes compact JSON into UTF-8 bytes by hand: fast, stable key order, and never fails.
public struct JSONWriter: Sendable {
    /// The JSON so far, as UTF-8 bytes.
    public private(set) var bytes: [UInt8] = []

    /// The JSON so far, as text.
    public var output: String { String(decoding: bytes, as: UTF8.self) }

    /// Creates an empty writer.
    public init() {
        bytes.reserveCapacity(512)
    }

    /// Appends raw JSON text (for punctuation and pre-encoded values).
    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends a string as a JSON string literal, escaping quotes, backslashes, control
    /// characters and the two line separators JavaScript cannot hold in a literal.
    public mutating func string(_ value: String) {
        bytes.append(0x22)
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            var i = 0
            let n = utf8.count
            while i < n {
                let b = utf8[i]
                var escape: [UInt8]? = nil
                if b == 0x22 { escape = [0x5C, 0x22] } else if b == 0x5C { escape = [0x5C, 0x5C] } else if b < 0x20 {
                    switch b {
                    case 0x0A: escape = [0x5C, 0x6E]
                    case 0x0D: escape = [0x5C, 0x72]
                    case 0x09: escape = [0x5C, 0x74]
                    default: escape = Array("\\u00".utf8) + [JSONWriter.hex(b >> 4), JSONWriter.hex(b & 0xF)]
                    }
                } else if b == 0xE2, i + 2 < n, utf8[i + 1] == 0x80, utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9 {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                    bytes.append(contentsOf: Array((utf8[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8))
                    i += 3
                    start = i
                    continue
                }
                if let escape {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                    bytes.append(contentsOf: escape)
                    start = i + 1
                }
                i += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<n]))
        }
        bytes.append(0x22)
    }

    /// Appends a number with at most three decimals (scores), or an integer.
    public mutating func number(_ value: Double) {
        guard value.isFinite else { bytes.append(0x30); return }
        guard abs(value) < 1e12 else { bytes.append(contentsOf: String(value).utf8); return }
        var thousandths = Int((abs(value) * 1000).rounded())
        if value < 0 && thousandths > 0 { bytes.append(0x2D) }
        number(thousandths / 1000)
        thousandths %= 1000
        guard thousandths > 0 else { return }
        bytes.append(0x2E)
        var digits = 3
        while thousandths % 10 == 0 { thousandths /= 10; digits -= 1 }
        var divisor = digits == 3 ? 100 : digits == 2 ? 10 : 1
        while divisor > 0 {
            bytes.append(0x30 + UInt8(thousandths / divisor % 10))
            divisor /= 10
        }
    }

    /// Appends an integer.
    public mutating func number(_ value: Int) {
        if value >= 0 && value < 10 { bytes.append(0x30 + UInt8(value)); return }
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Appends `"key":` for an object member.
    public mutating func key(_ name: StaticString) {
        bytes.append(0x22)
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x22)
        bytes.append(0x3A)
    }

    /// Appends `"key":` for a key only known at run time.
    public mutating func key(_ name: String) {
        string(name)
        bytes.append(0x3A)
    }

    private static func hex(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x61 + nibble - 10
    }
}
