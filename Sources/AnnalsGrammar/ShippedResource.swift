import Foundation

/// A model file shipped in the package's resources (`NAME.bin`), read whole.
enum ShippedResource {
    static func url(_ name: String) -> URL? { Bundle.module.url(forResource: name, withExtension: "bin") }

    /// The file's bytes; `what` names the model in the error when it is missing ("the entity model").
    static func bytes(_ name: String, what: String) throws(ReadingGrammar.LoadError) -> Data {
        guard let url = url(name), let data = try? Data(contentsOf: url) else {
            throw ReadingGrammar.LoadError(description: "\(what) (\(name).bin) is missing from the package")
        }
        return data
    }
}
