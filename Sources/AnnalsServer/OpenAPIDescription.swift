public import Foundation

/// The OpenAPI 3.1 description of the JSON API, kept in the repository at
/// `Sources/AnnalsServer/Resources/openapi.json` and served at `/openapi.json`.
public enum OpenAPIDescription {
    public static func data() throws -> Data {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try Data(contentsOf: url)
    }
}
