import Foundation

/// Check-in bodies for the bundled questionnaires.
enum CheckInFixtures {
    struct Body: Encodable {
        var questionnaire: String
        var answers: [Double?]
        var visibility: String
        var shareWithTherapist: Bool?
    }

    static func wellbeing(visibility: String, answers: [Double?] = [4, 3, 4, 5, 2, 4, 3, 4, 4], therapist: Bool? = nil) -> Body {
        Body(questionnaire: "haven-wellbeing", answers: answers, visibility: visibility, shareWithTherapist: therapist)
    }
}

struct CheckInBody: Codable {
    var id: UUID
    var owner: UUID
    var questionnaire: String
    var answers: [Int?]
    var scores: [String: Double]
    var visibility: String
}

struct CheckInCreatedBody: Codable {
    var id: UUID
    var scores: [String: Double]
}
