import Vapor

/// Input checks shared by the API and the pages; each failure is a 400 naming the field.
enum InputRules {
    /// Trimmed free text of 1…`max` characters without control characters (newlines and tabs allowed).
    static func text(_ value: String, field: String, max: Int, allowNewlines: Bool = true) throws -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw Abort(.badRequest, reason: "'\(field)' must not be empty.") }
        guard trimmed.count <= max else {
            throw Abort(.badRequest, reason: "'\(field)' is too long: at most \(max) characters.")
        }
        let allowed: Set<Unicode.Scalar> = allowNewlines ? ["\n", "\r", "\t"] : []
        if trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && !allowed.contains($0) }) {
            throw Abort(.badRequest, reason: "'\(field)' contains control characters.")
        }
        return trimmed
    }

    /// A lower-cased e-mail address of a plausible shape.
    static func email(_ value: String) throws -> String {
        let email = value.trimmingCharacters(in: .whitespaces).lowercased()
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard email.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !email.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 })
        else { throw Abort(.badRequest, reason: "'email' is not a valid e-mail address.") }
        return email
    }

    /// A password of 10…128 characters.
    static func password(_ value: String) throws -> String {
        guard value.count >= 10 else { throw Abort(.badRequest, reason: "'password' must have at least 10 characters.") }
        guard value.utf8.count <= 72 * 4, value.count <= 128 else {
            throw Abort(.badRequest, reason: "'password' is too long: at most 128 characters.")
        }
        return value
    }

    /// Parses a UUID path parameter; anything else is "not found".
    static func id(_ request: Request, _ name: String = "id") throws -> UUID {
        guard let id = request.parameters.get(name, as: UUID.self) else { throw Abort(.notFound, reason: "Not found.") }
        return id
    }
}
