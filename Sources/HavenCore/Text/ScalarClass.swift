/// How the tokenizer treats one Unicode scalar.
enum ScalarClass: UInt8 {
    case space, letter, digit, apostrophe, hyphen, sentenceEnd, clauseBreak, quote, symbol, ignorable, other

    /// Classifies a scalar value; letters of non-Latin scripts are `.letter` as well.
    @inline(__always)
    static func of(_ v: UInt32) -> ScalarClass {
        v < 0x80 ? ofASCII(UInt8(truncatingIfNeeded: v)) : ofNonASCII(v)
    }

    /// The class of a scalar beyond ASCII (kept out of line: most chat text is ASCII).
    @inline(never)
    private static func ofNonASCII(_ v: UInt32) -> ScalarClass {
        switch v {
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return .space
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0xFE00...0xFE0F, 0xFEFF, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F:
            return .ignorable
        case 0x0300...0x036F: return .letter  // combining accents stay inside the word
        case 0x00D7, 0x00F7: return .symbol
        case 0x00C0...0x024F, 0x0370...0x058F, 0x0590...0x05FF, 0x0600...0x06FF, 0x0700...0x08FF,
             0x0900...0x0DFF, 0x0E00...0x0FFF, 0x1000...0x10FF, 0x1100...0x11FF, 0x1E00...0x1FFF,
             0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF:
            return .letter
        case 0x2018, 0x2019, 0x02BC: return .apostrophe
        case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB, 0x2039, 0x203A: return .quote
        case 0x2026, 0x00BF, 0x00A1: return .sentenceEnd
        case 0x2010, 0x2011: return .hyphen
        case 0x2012...0x2015: return .clauseBreak
        case 0x00A1...0x00BF: return .other
        default: return v >= 0x2100 ? .symbol : .other
        }
    }

    /// The class of an ASCII byte: a switch rather than a table, so that the tokenizer's inner
    /// loop reads no lazily initialised global.
    @inline(__always)
    private static func ofASCII(_ c: UInt8) -> ScalarClass {
        switch c {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
        case UInt8(ascii: "'"), UInt8(ascii: "`"): return .apostrophe
        case UInt8(ascii: "-"): return .hyphen
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return .sentenceEnd
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"): return .clauseBreak
        case UInt8(ascii: "\""): return .quote
        case 0...32, 127: return .space
        default: return .other
        }
    }
}
