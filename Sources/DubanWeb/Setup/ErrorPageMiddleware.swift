import DubanStore
import DubanStrings
import Vapor

/// Every failure becomes a clear Chinese message with a 4xx/5xx status: JSON for the API,
/// a page for browsers. A StoreError keeps its meaning (not found, forbidden, invalid, conflict).
struct ErrorPageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let (status, message) = Self.describe(error, request: request)
            if status == .internalServerError { request.logger.report(error: error) }
            if request.url.path.hasPrefix("/api/") || request.headers.accept.mediaTypes.contains(.json) && !request.headers.accept.mediaTypes.contains(.html) {
                let response = Response(status: status)
                try response.content.encode(APIError(error: message, status: Int(status.code)))
                return response
            }
            if status == .unauthorized, request.method == .GET {
                return request.redirect(
                    to: SiteURL.login.path() + "?next=" + (request.url.path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "/"))
            }
            return Page.error(status: status, message: message, request.page).response(status: status)
        }
    }

    static func describe(_ error: any Error, request: Request) -> (HTTPResponseStatus, String) {
        switch error {
        case let error as StoreError:
            switch error {
            case .notFound(let m): return (.notFound, m)
            // Refused because nobody is signed in: logging in may help, so say so (401).
            case .forbidden(let m): return (request.actor == nil ? .unauthorized : .forbidden, m)
            case .invalid(let m): return (.unprocessableEntity, m)
            case .conflict(let m): return (.conflict, m)
            }
        case let abort as any AbortError:
            let status = abort.status
            if status == .payloadTooLarge { return (status, Strings.Web.tooLarge) }
            if status == .notFound && abort.reason == status.reasonPhrase { return (status, Strings.Web.notFound) }
            if status == .badRequest && !abort.reason.contains(where: { $0 >= "\u{4E00}" }) { return (status, Strings.Web.badRequest) }
            if status == .unsupportedMediaType { return (status, Strings.API.unsupportedMediaType) }
            if status == .unprocessableEntity && !abort.reason.contains(where: { $0 >= "\u{4E00}" }) {
                return (status, Strings.Web.badRequest)
            }
            return (status, abort.reason)
        case is DecodingError:
            return (.badRequest, Strings.Web.badRequest)
        default:
            return (.internalServerError, Strings.Web.serverError)
        }
    }
}

/// `error` and `reason` carry the same Chinese message (`reason` as Vapor's own errors name it).
struct APIError: Content {
    var error: String
    var status: Int
    var reason: String

    init(error: String, status: Int) {
        self.error = error
        self.status = status
        reason = error
    }
}
