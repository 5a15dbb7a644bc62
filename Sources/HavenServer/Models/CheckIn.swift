import Fluent
import Vapor

/// One scored questionnaire a person answered, private or shared.
final class CheckIn: Model, @unchecked Sendable {
    static let schema = "check_ins"

    /// Who may read a check-in besides its owner.
    enum Visibility: String, Codable, Sendable, CaseIterable {
        case `private`
        case partner
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "questionnaire") var questionnaire: String
    @Field(key: "questionnaire_version") var questionnaireVersion: String
    /// Stored as a JSON object: PostgreSQL arrays cannot hold the `null` of an unanswered item portably.
    @Field(key: "answers") var storedAnswers: StoredAnswers
    @Field(key: "scores") var scores: [String: Double]
    @Field(key: "flags") var flags: [String: Bool]
    @Field(key: "visibility") var visibility: Visibility
    @Field(key: "share_with_therapist") var shareWithTherapist: Bool
    @Field(key: "answered_at") var answeredAt: Date

    init() {}

    init(userID: UUID, result: AssessmentResultFields, visibility: Visibility, shareWithTherapist: Bool) {
        self.$user.id = userID
        questionnaire = result.questionnaire
        questionnaireVersion = result.version
        storedAnswers = StoredAnswers(values: result.answers)
        scores = result.scores
        flags = result.flags
        answeredAt = result.date
        self.visibility = visibility
        self.shareWithTherapist = shareWithTherapist
    }
}

/// The raw answers in item order, `nil` for an unanswered item.
struct StoredAnswers: Codable, Sendable, Equatable {
    var values: [Int?]
}

extension CheckIn {
    var answers: [Int?] { storedAnswers.values }
}

/// The parts of a HavenCore `AssessmentResult` a check-in stores.
struct AssessmentResultFields {
    var questionnaire: String
    var version: String
    var answers: [Int?]
    var scores: [String: Double]
    var flags: [String: Bool]
    var date: Date
}
