public import Hummingbird
public import Foundation

/// JSON bodies as the CLI prints them with --json: snake_case keys, sorted, ISO dates.
public enum JSONResponse {
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// A response carrying a body already encoded.
    public static func response(body: ByteBuffer) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: body))
    }

    /// A response carrying `value` as JSON.
    public static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try encoder.encode(value)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// A page of a longer list: which part it is and how long the whole is.
public struct Page<Item: Encodable & Sendable>: Encodable, Sendable {
    public var items: [Item]
    public var total: Int
    public var limit: Int
    public var offset: Int

    public init(_ all: [Item], limit: Int, offset: Int) {
        total = all.count
        self.limit = limit
        self.offset = offset
        items = Array(all.dropFirst(offset).prefix(limit))
    }
}
