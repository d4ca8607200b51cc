import Hummingbird
import HTTPTypes

/// Refuses a request whose `Host` is not one the room serves, so that a web page on
/// another site cannot read the record by pointing a name of its own at this address
/// (DNS rebinding). A request without `Host` (HTTP/1.0) is let through.
struct AllowedHostsMiddleware<Context: RequestContext>: RouterMiddleware {
    let hosts: AllowedHosts

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let authority = request.head.authority, !hosts.allows(authority: authority) {
            throw APIError(.misdirectedRequest,
                           "this reading room does not answer for the host \"\(String(authority.prefix(80)))\"; start annals serve with --allowed-host NAME to serve it")
        }
        return try await next(request, context)
    }
}

/// OPTIONS answered with the methods a path takes; methods the room never takes
/// answered 405. (HEAD is answered by the router as GET without the body.)
struct MethodsMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let allowed = request.uri.path == "/api/documents" ? "GET, HEAD, POST, OPTIONS" : "GET, HEAD, OPTIONS"
        switch request.method {
        case .options:
            return Response(status: .noContent, headers: [.allow: allowed])
        case .get, .head, .post:
            return try await next(request, context)
        default:
            var response = try APIError(.methodNotAllowed, "\(request.method.rawValue) is not a method this room takes; it takes \(allowed)")
                .response(from: request, context: context)
            response.headers[.allow] = allowed
            return response
        }
    }
}
