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

extension ReadingRoomContext {
    /// A path parameter with its percent-encoding undone ("Ivan%20Orlov" → "Ivan Orlov").
    func decoded(_ name: String) throws -> String {
        let raw = try parameters.require(name)
        return raw.removingPercentEncoding ?? raw
    }
}
