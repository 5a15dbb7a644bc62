import HavenCore
import LeafKit
import Vapor

/// Turns every error into `{"error": "…"}` (API) or a short HTML page (browser), with the right
/// status; the one place where domain errors meet HTTP. Logs the status and error type only.
struct HavenErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let (status, message) = Self.describe(error)
            if status.code >= 500 {
                request.logger.error("request failed", metadata: ["status": "\(status.code)", "error": "\(type(of: error))"])
            }
            let response = Response(status: status)
            if request.url.path.hasPrefix("/api/") {
                try response.content.encode(ErrorBody(error: message), as: .json)
            } else {
                response.headers.contentType = .html
                response.body = .init(string: ErrorPage.html(status: status, message: message))
            }
            if let abort = error as? any AbortError {
                for header in abort.headers where header.name.lowercased() != "content-type" {
                    response.headers.replaceOrAdd(name: header.name, value: header.value)
                }
            }
            return response
        }
    }

    static func describe(_ error: any Error) -> (HTTPResponseStatus, String) {
        switch error {
        case let error as ScoringError:
            return (.badRequest, error.description)
        case let error as PlanError:
            return (.badRequest, error.description)
        case let error as ImportError:
            return (.badRequest, "This file could not be read as a chat export: \(error.description)")
        case let error as DecodingError:
            return (.badRequest, "The request body is not valid: \(DecodingErrorText.describe(error))")
        case let error as any AbortError:
            // Server-side failures keep their details in the server (a Leaf error names files, for one).
            if error.status.code >= 500 { return (error.status, "Something went wrong on the server.") }
            if error.status == .unauthorized, error.reason == HTTPResponseStatus.unauthorized.reasonPhrase { return (.unauthorized, "Log in first: a valid bearer token or session is required.") }
            return (error.status, error.reason)
        default:
            return (.internalServerError, "Something went wrong on the server.")
        }
    }
}

struct ErrorBody: Content {
    var error: String
}

/// Describes a decoding error by its path and kind, never by the value that failed.
enum DecodingErrorText {
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "body" : keys.joined(separator: ".")
        }
        switch error {
        case let .keyNotFound(key, context):
            let parent = path(context)
            return "missing field '\(parent == "body" ? key.stringValue : parent + "." + key.stringValue)'"
        case let .typeMismatch(type, context): return "'\(path(context))' should be \(name(of: type))"
        case let .valueNotFound(type, context): return "'\(path(context))' should be \(name(of: type)), not null"
        case let .dataCorrupted(context): return "'\(path(context))' is malformed"
        @unknown default: return "malformed"
        }
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: type is any Collection.Type ? "a list" : "\(type)"
        }
    }
}

enum ErrorPage {
    static func html(status: HTTPResponseStatus, message: String) -> String {
        """
        <!doctype html><html lang="en"><head><meta charset="utf-8">\
        <meta name="viewport" content="width=device-width, initial-scale=1">\
        <title>\(status.code) · Haven</title><link rel="stylesheet" href="/haven.css"></head>\
        <body><main class="narrow"><h1>\(status.code) \(status.reasonPhrase.htmlEscaped())</h1>\
        <p>\(message.htmlEscaped())</p><p><a href="/">Back to Haven</a></p></main></body></html>
        """
    }
}
