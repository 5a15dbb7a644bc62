import Foundation
import Vapor

struct CreateCoupleResponse: Content {
    var id: UUID
    var inviteCode: String
    var inviteExpiresAt: Date
}

struct JoinCoupleRequest: Content {
    var inviteCode: String
}

struct PartnerInfo: Content {
    var id: UUID
    var displayName: String
}

struct PauseInfo: Content {
    var id: UUID
    var by: String
    var byID: UUID
    var startedAt: Date
    var returnsAt: Date
}

struct CoupleResponse: Content {
    var id: UUID
    var partners: [PartnerInfo]
    var activePause: PauseInfo?
}

struct InviteTherapistRequest: Content {
    var email: String
}

struct TherapistLinkInfo: Content {
    var id: UUID
    var therapist: String
    var approvedBy: [UUID]
    var active: Bool
}
