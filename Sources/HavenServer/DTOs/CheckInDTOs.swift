import Foundation
import Vapor

struct CreateCheckInRequest: Content {
    var questionnaire: String
    /// Numbers in item order; `null` for an unanswered item.
    var answers: [Double?]
    var visibility: String
    var shareWithTherapist: Bool?
}

struct CreateCheckInResponse: Content {
    var id: UUID
    var scores: [String: Double]
}

struct CheckInResponse: Content {
    var id: UUID
    var owner: UUID
    var questionnaire: String
    var questionnaireVersion: String
    var answeredAt: Date
    var answers: [Int?]
    var scores: [String: Double]
    var flags: [String: Bool]
    var visibility: String
    var shareWithTherapist: Bool

    init(_ checkIn: CheckIn) throws {
        id = try checkIn.requireID()
        owner = checkIn.$user.id
        questionnaire = checkIn.questionnaire
        questionnaireVersion = checkIn.questionnaireVersion
        answeredAt = checkIn.answeredAt
        answers = checkIn.answers
        scores = checkIn.scores
        flags = checkIn.flags
        visibility = checkIn.visibility.rawValue
        shareWithTherapist = checkIn.shareWithTherapist
    }
}

struct ChangeInfo: Content {
    var subscale: String
    var before: Double
    var after: Double
    var index: Double
    var direction: String
}

struct CheckInHistoryResponse: Content {
    var questionnaire: String
    var checkIns: [CheckInResponse]
    /// Reliable change between the first and the latest check-in, per normed subscale.
    var change: [ChangeInfo]
}
