import Fluent
import Vapor

/// Who may see what: the rules every controller asks, kept in one place.
///
/// A private entry is its owner's alone; a shared one is seen by the partner in the same couple;
/// a therapist sees what a partner chose to share with them, once both partners approved them.
/// Anything a person may not see is answered 404, so that its existence is not revealed.
enum Access {
    /// The couple a user belongs to.
    /// - Throws: 409 when the user is in no couple.
    static func requireCouple(of user: User) throws -> UUID {
        guard let id = user.$couple.id else {
            throw Abort(.conflict, reason: "Create a couple space or join one with an invite code first.")
        }
        return id
    }

    /// Whether two users are partners in the same couple.
    static func arePartners(_ a: User, _ b: User) -> Bool {
        guard let x = a.$couple.id, let y = b.$couple.id else { return false }
        return x == y && a.id != b.id
    }

    /// The couples a user is an approved therapist of.
    static func therapistCouples(of user: User, on db: any Database) async throws -> [UUID] {
        let links = try await TherapistLink.query(on: db).filter(\.$therapist.$id == user.requireID()).all()
        var active: [UUID] = []
        for link in links where try await isApproved(link, on: db) {
            active.append(link.$couple.id)
        }
        return active
    }

    /// Whether every current partner of the couple has approved the therapist.
    static func isApproved(_ link: TherapistLink, on db: any Database) async throws -> Bool {
        let members = try await User.query(on: db).filter(\.$couple.$id == link.$couple.id).all()
        guard !members.isEmpty else { return false }
        return try members.allSatisfy { try link.approvedBy.contains($0.requireID()) }
    }

    /// Whether `viewer` may read `owner`'s check-in.
    static func canRead(_ checkIn: CheckIn, owner: User, viewer: User, on db: any Database) async throws -> Bool {
        if owner.id == viewer.id { return true }
        if checkIn.visibility == .partner, arePartners(owner, viewer) { return true }
        if checkIn.shareWithTherapist, let couple = owner.$couple.id {
            return try await therapistCouples(of: viewer, on: db).contains(couple)
        }
        return false
    }
}

extension Request {
    /// The logged-in user.
    func user() throws -> User {
        try auth.require(User.self)
    }
}
