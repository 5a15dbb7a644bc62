import Foundation

/// The parts of a Telegram Desktop JSON export Haven reads: a single chat (`result.json` of one
/// chat) or a full export with `chats.list`.
struct TelegramExport: Decodable {
    var messages: [TelegramMessage]

    private enum CodingKeys: String, CodingKey { case messages, chats }
    private struct Chats: Decodable { var list: [Chat] }
    private struct Chat: Decodable { var messages: [TelegramMessage]? }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let messages = try container.decodeIfPresent([TelegramMessage].self, forKey: .messages) {
            self.messages = messages
        } else {
            let chats = try container.decode(Chats.self, forKey: .chats)
            self.messages = chats.list.flatMap { $0.messages ?? [] }
        }
    }
}

/// One entry of a Telegram export's `messages` array.
struct TelegramMessage: Decodable {
    var id: FlexibleString?
    var type: String?
    var date: String?
    var dateUnixtime: String?
    var from: String?
    var actor: String?
    var action: String?
    var text: TelegramText?
    var replyToMessageId: FlexibleString?
    var edited: String?
    var photo: String?
    var file: String?
    var mediaType: String?
    var stickerEmoji: String?

    private enum CodingKeys: String, CodingKey {
        case id, type, date, from, actor, action, text, edited, photo, file
        case dateUnixtime = "date_unixtime", replyToMessageId = "reply_to_message_id"
        case mediaType = "media_type", stickerEmoji = "sticker_emoji"
    }

    /// The timestamp: the local `date` when present, else the `date_unixtime` instant.
    var timestamp: Date? {
        if let date, let parsed = TimestampParsing.parse(date) { return parsed }
        if let dateUnixtime, let seconds = Double(dateUnixtime) { return TimestampParsing.seconds(seconds) }
        return nil
    }

    var hasMedia: Bool { photo != nil || file != nil || mediaType != nil }
}

/// Telegram's `text` field: a plain string, or an array of strings and entity objects.
struct TelegramText: Decodable {
    var plain: String

    private struct Entity: Decodable { var text: String? }
    private enum Part: Decodable {
        case string(String), entity(Entity)
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let string = try? container.decode(String.self) { self = .string(string) } else {
                self = .entity(try container.decode(Entity.self))
            }
        }
        var text: String {
            switch self {
            case .string(let string): return string
            case .entity(let entity): return entity.text ?? ""
            }
        }
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) {
            plain = string
        } else {
            plain = try container.decode([Part].self).map(\.text).joined()
        }
    }
}
