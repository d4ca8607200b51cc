public import Hummingbird
public import Foundation

/// The request context of the reading room: Hummingbird's core storage, and the JSON
/// encoder every interface of Annals uses (snake_case keys, sorted, ISO dates).
public struct ReadingRoomContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    public var responseEncoder: JSONEncoder { JSONResponse.encoder }
}
