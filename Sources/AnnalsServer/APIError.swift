public import Hummingbird
import Logging
import AnnalsRecord

/// A request the reading room cannot answer, with the status and the one line that says why.
/// Sent as `{"error": {"status": 404, "message": "…"}}`.
public struct APIError: HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var message: String

    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        try JSONResponse.response(Body(error: .init(status: status.code, message: message)), status: status)
    }

    struct Body: Encodable {
        struct Detail: Encodable {
            var status: Int
            var message: String
        }
        var error: Detail
    }
}

/// Turns every error a route throws into a JSON error: the API's own with their status,
/// a name no entity goes by as 404,
/// Hummingbird's (an unknown route, a body too large) with theirs, anything else as 500
/// without its details.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return try error.response(from: request, context: context)
        } catch let error as RecordError {
            return try APIError(.notFound, error.message).response(from: request, context: context)
        } catch let error as HTTPError {
            return try APIError(error.status, error.body ?? error.status.reasonPhrase).response(from: request, context: context)
        } catch let error as any HTTPResponseError {
            // Hummingbird's and NIO's own: a body over the size collected (413), and the like.
            return try APIError(error.status, error.status.reasonPhrase).response(from: request, context: context)
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(error)", "path": "\(request.uri.path)"])
            return try APIError(.internalServerError, "the request failed inside Annals; see the server log").response(from: request, context: context)
        }
    }
}
