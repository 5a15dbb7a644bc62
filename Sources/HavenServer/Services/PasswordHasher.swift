import Vapor

/// Bcrypt hashing off the event loop, at the configured cost.
struct PasswordHasher: Sendable {
    let cost: Int
    /// A hash of a random secret at the same cost, verified against when an e-mail is unknown so
    /// that the answer takes as long as for a real account.
    let dummyHash: String

    init(cost: Int) throws {
        self.cost = cost
        dummyHash = try Bcrypt.hash(SecretToken.make(), cost: cost)
    }

    func hash(_ password: String, on request: Request) async throws -> String {
        let cost = self.cost
        return try await request.application.threadPool.runIfActive {
            try Bcrypt.hash(password, cost: cost)
        }
    }

    func verify(_ password: String, hash: String, on request: Request) async throws -> Bool {
        try await request.application.threadPool.runIfActive {
            try Bcrypt.verify(password, created: hash)
        }
    }
}
