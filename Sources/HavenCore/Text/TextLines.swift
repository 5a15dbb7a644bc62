/// Splits text into lines the way people expect whichever system wrote the file.
///
/// Swift reads "\r\n" as one character, so splitting on "\n" alone leaves a Windows file as a
/// single line. This splits at "\n", "\r\n" and a lone "\r", keeps empty lines (so line numbers
/// stay true) and drops the break itself.
public enum TextLines {
    /// The lines of a text.
    ///
    /// - Parameter text: the whole text.
    /// - Returns: its lines without their breaks, empty ones included; a final line break gives
    ///   a last empty line.
    public static func split(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }
}
