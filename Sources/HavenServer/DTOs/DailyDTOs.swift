import Foundation
import HavenCore
import Vapor

struct CoachRequest: Content {
    var id: String?
    var text: String
    var speaker: String?
    var context: [Turn]?
}

struct CreatePauseRequest: Content {
    var minutes: Int
}

struct CreatePauseResponse: Content {
    var id: UUID
    var returnsAt: Date
}

struct TextRequest: Content {
    var text: String
}

/// A saved piece of free text; `safety` lists concerns screening raised, shown to the writer only.
struct CreatedTextResponse: Content {
    var id: UUID
    var safety: [String]
    /// Support lines and resources for the concerns, when any.
    var support: SupportGuidance?
}

struct JournalEntryResponse: Content {
    var id: UUID
    var text: String
    var createdAt: Date?
    var safety: [String]
}

struct AppreciationResponse: Content {
    var id: UUID
    var from: String
    var fromID: UUID
    var text: String
    var createdAt: Date?
}
