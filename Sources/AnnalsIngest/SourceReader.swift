import Foundation
import AnnalsCore

/// Reads one source's bytes, refusing what is missing, not a file, or too large
/// before reading it, and what is empty, binary or not UTF-8 after.
public struct SourceReader: Sendable {
    /// Largest source accepted, in bytes.
    public var maximumBytes: Int

    public init(maximumBytes: Int) {
        self.maximumBytes = maximumBytes
    }

    /// The decoded text of a source and how many bytes it had.
    public func read(_ source: IngestSource) throws(IngestError) -> (text: String, byteCount: Int) {
        let data: Data
        switch source {
        case .file(let path):
            data = try readFile(path)
        case .standardInput(let name):
            data = FileHandle.standardInput.readData(ofLength: maximumBytes + 1)
            if data.count > maximumBytes {
                throw IngestError(source: name, .tooLarge(bytes: data.count, limit: maximumBytes))
            }
        case .upload(let name, let bytes):
            guard bytes.count <= maximumBytes else { throw IngestError(source: name, .tooLarge(bytes: bytes.count, limit: maximumBytes)) }
            data = bytes
        }
        do {
            return (try SourceDecoder.decode(data), data.count)
        } catch {
            throw IngestError(source: source.displayName, .undecodable(error))
        }
    }

    private func readFile(_ path: String) throws(IngestError) -> Data {
        let size: Int
        switch FileKind.of(path) {
        case .missing(let dangling): throw IngestError(source: path, dangling ? .danglingLink : .missing)
        case .loop: throw IngestError(source: path, .linkLoop)
        case .directory, .other: throw IngestError(source: path, .notAFile)
        case .regular(let bytes): size = bytes
        }
        if size > maximumBytes {
            throw IngestError(source: path, .tooLarge(bytes: size, limit: maximumBytes))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw IngestError(source: path, .unreadable(detail: "permission denied"))
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
            if data.count > maximumBytes {
                throw IngestError(source: path, .tooLarge(bytes: data.count, limit: maximumBytes))
            }
            return data
        } catch let error as IngestError {
            throw error
        } catch {
            throw IngestError(source: path, .unreadable(detail: error.localizedDescription))
        }
    }
}
