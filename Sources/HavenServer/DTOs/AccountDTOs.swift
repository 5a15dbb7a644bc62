import Foundation
import Vapor

struct CreateUserRequest: Content {
    var email: String
    var password: String
    var displayName: String
}

struct IDResponse: Content {
    var id: UUID
}

struct CreateTokenRequest: Content {
    var email: String
    var password: String
}

struct TokenResponse: Content {
    var token: String
}

struct TokenInfo: Content {
    var id: UUID
    var kind: String
    var createdAt: Date?
    var expiresAt: Date?
    var current: Bool
}
