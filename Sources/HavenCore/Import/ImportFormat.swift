import Foundation

/// The chat-export formats Haven reads.
public enum ImportFormat: String, Sendable, Codable, Hashable, CaseIterable {
    /// WhatsApp's "Export chat" text (`.txt`, or the `.zip` holding `_chat.txt`), iOS and Android.
    case whatsapp
    /// Telegram Desktop's JSON export (`result.json`).
    case telegram
    /// Signal, as written by signal-export (markdown lines `[2021-03-04, 18:01] Name: text`).
    case signal
    /// imessage-exporter's plain-text output.
    case imessageText = "imessage-txt"
    /// imessage-exporter's HTML output.
    case imessageHTML = "imessage-html"
    /// Facebook Messenger's JSON download (`message_1.json`).
    case messenger
    /// Instagram's JSON download (`message_1.json`, same layout as Messenger).
    case instagram
    /// DiscordChatExporter's JSON output.
    case discord
    /// A CSV file with a header row naming the timestamp, sender and text columns.
    case csv
    /// JSON Lines: one object per line with `timestamp`, `sender` and `text`.
    case jsonLines = "jsonl"

    /// The name shown to people.
    public var displayName: String {
        switch self {
        case .whatsapp: return "WhatsApp"
        case .telegram: return "Telegram Desktop JSON"
        case .signal: return "Signal (signal-export)"
        case .imessageText: return "iMessage (imessage-exporter TXT)"
        case .imessageHTML: return "iMessage (imessage-exporter HTML)"
        case .messenger: return "Facebook Messenger JSON"
        case .instagram: return "Instagram JSON"
        case .discord: return "DiscordChatExporter JSON"
        case .csv: return "CSV (timestamp, sender, text)"
        case .jsonLines: return "JSON Lines (timestamp, sender, text)"
        }
    }

    /// A one-line list of every format, for error messages and help text.
    public static var supportedList: String {
        allCases.map { "\($0.rawValue) (\($0.displayName))" }.joined(separator: ", ")
    }
}
