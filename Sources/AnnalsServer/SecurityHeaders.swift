import Hummingbird
import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Headers every response carries: a strict Content-Security-Policy (only this server's
/// own stylesheet and script, no inline code, no frames, forms post only here), no MIME
/// sniffing, no referrer.
enum SecurityHeaders {
    static var policy: String {
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    }

    /// Not among the field names HTTPTypes spells out.
    static var referrerPolicy: HTTPField.Name { .init("Referrer-Policy")! }

    /// Sets the headers on `fields`, keeping any a route set itself.
    static func apply(to fields: inout HTTPFields) {
        if fields[.contentSecurityPolicy] == nil { fields[.contentSecurityPolicy] = policy }
        fields[.xContentTypeOptions] = "nosniff"
        fields[referrerPolicy] = "no-referrer"
    }
}

/// The headers on every response a route gives.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        SecurityHeaders.apply(to: &response.headers)
        return response
    }
}

/// The headers on every response the connection writes, also those written before any
/// route is reached (a request the HTTP parser refuses, headers too large).
final class SecurityHeadersHandler: ChannelOutboundHandler, RemovableChannelHandler, Sendable {
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard case .head(var head) = unwrapOutboundIn(data) else {
            context.write(data, promise: promise)
            return
        }
        SecurityHeaders.apply(to: &head.headerFields)
        context.write(wrapOutboundOut(.head(head)), promise: promise)
    }
}
