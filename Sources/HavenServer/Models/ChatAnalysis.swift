import Fluent
import HavenCore
import Vapor

/// The report of one uploaded chat export (the export itself is not kept).
/// Shared with the partner only when the uploader asked and the partner accepted.
final class ChatAnalysis: Model, @unchecked Sendable {
    static let schema = "chat_analyses"

    /// Where sharing with the partner stands.
    enum Sharing: String, Codable, Sendable {
        /// Only the uploader sees it.
        case none
        /// The uploader asked; the partner has not answered.
        case requested
        /// Both consented: the partner sees it.
        case shared
        /// The partner declined: only the uploader sees it.
        case declined
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @OptionalField(key: "couple_id") var coupleID: UUID?
    @Field(key: "report") var report: AnalysisReport
    @Field(key: "sharing") var sharing: Sharing
    /// The uploader's own name in the chat, when they gave it: their plan then reads their messages.
    @OptionalField(key: "participant") var participant: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(userID: UUID, report: AnalysisReport, participant: String?) {
        self.$user.id = userID
        self.report = report
        self.participant = participant
        sharing = .none
    }
}
