import Testing
import Foundation
import AnnalsServer
import AnnalsStore
import AnnalsTesting
import Hummingbird

/// Uploading: off unless a token was given, the token checked, bad input refused with
/// one line naming the document, a changed text stored as a new revision.
struct UploadTests {
    let folder = TemporaryDirectory("upload")
    static let token = "correct-horse-battery-staple"

    private func app(token: String?) throws -> RoomApp {
        let store = try SQLiteDocumentStore(path: folder.file("u.sqlite"), createIfMissing: true)
        return RoomApp(router: ReadingRoom(store: store, ingestToken: token).router())
    }

    private func post(_ client: RoomClient, name: String, body: [UInt8], token: String?) async throws -> (status: Int, body: String) {
        try await client.execute(uri: "/api/documents?name=\(name)", method: .post,
                                 headers: token.map { [.authorization: "Bearer \($0)"] } ?? [:], body: ByteBuffer(bytes: body)) { response in
            (Int(response.status.code), String(buffer: response.body))
        }
    }

    @Test func readOnlyUnlessStartedWithAToken() async throws {
        try await app(token: nil).test(.router) { client in
            let answer = try await post(client, name: "a.txt", body: Array("Some text.".utf8), token: Self.token)
            #expect(answer.status == 403 && answer.body.contains("--allow-ingest"))
        }
    }

    @Test func theTokenMustMatch() async throws {
        try await app(token: Self.token).test(.router) { client in
            for token in [nil, Self.token + "x", String(Self.token.dropLast()), ""] {
                let answer = try await post(client, name: "a.txt", body: Array("Some text.".utf8), token: token)
                #expect(answer.status == 401, "\(token ?? "no token")")
            }
        }
    }

    @Test func storedThenRevisedThenFound() async throws {
        try await app(token: Self.token).test(.router) { client in
            let first = try await post(client, name: "letter.txt", body: Array("A Letter\n\nIvan Orlov wrote from Riga in 1890.\n".utf8), token: Self.token)
            #expect(first.status == 201 && first.body.contains("\"outcome\":\"added\""))
            let again = try await post(client, name: "letter.txt", body: Array("A Letter\n\nIvan Orlov wrote from Riga in 1890.\n".utf8), token: Self.token)
            #expect(again.status == 200 && again.body.contains("\"outcome\":\"unchanged\""))
            let revised = try await post(client, name: "letter.txt", body: Array("A Letter\n\nIvan Orlov wrote from Tukums in 1891.\n".utf8), token: Self.token)
            #expect(revised.status == 201 && revised.body.contains("\"outcome\":\"revised\"") && revised.body.contains("\"revision\":2"))
            // The record is read afresh: the new text is searchable and its people known.
            try await client.execute(uri: "/api/search?q=Tukums", method: .get) { response in
                #expect(String(buffer: response.body).contains("wrote from Tukums"))
            }
            try await client.execute(uri: "/api/entities/Ivan%20Orlov", method: .get) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/api/documents", method: .get) { response in
                #expect(String(buffer: response.body).contains("\"total\":2"), "both revisions kept")
            }
        }
    }

    @Test(arguments: [
        ("bad.txt", [0xC3, 0x28, 0x41] as [UInt8], "UTF-8"),
        ("empty.txt", [] as [UInt8], "empty"),
        ("..%2Fescape.txt", Array("text".utf8), "file name"),
        ("binary.txt", [0x00, 0x01, 0x02, 0x00, 0xFF, 0x00] as [UInt8], "binary"),
    ])
    func badUploadsAreRefusedWithOneLine(name: String, body: [UInt8], says: String) async throws {
        try await app(token: Self.token).test(.router) { client in
            let answer = try await post(client, name: name, body: body, token: Self.token)
            #expect(answer.status == 400, "\(name): \(answer.body)")
            #expect(answer.body.contains(says) && !answer.body.contains("\n"), "\(name): \(answer.body)")
        }
    }
}
