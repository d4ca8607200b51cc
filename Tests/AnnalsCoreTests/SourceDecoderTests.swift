import Testing
import Foundation
import AnnalsCore
import AnnalsGrammar

/// Bytes that cannot become a document are refused with the byte offset at fault.
struct SourceDecoderTests {
    private func failure(_ bytes: [UInt8]) -> String? {
        do {
            _ = try SourceDecoder.decode(Data(bytes))
            return nil
        } catch {
            return error.description
        }
    }

    @Test func decodesUTF8AndDropsTheByteOrderMark() throws {
        #expect(try SourceDecoder.decode(Data([0xEF, 0xBB, 0xBF] + Array("Ramón".utf8))) == "Ramón")
        #expect(try SourceDecoder.decode(Data("Лев 🙂".utf8)) == "Лев 🙂")
    }

    @Test func refusesEmptyAndBlankInput() {
        #expect(failure([]) == "the file is empty (no text to ingest)")
        #expect(failure(Array(" \n\t\r\n".utf8)) == "the file is empty (no text to ingest)")
        #expect(failure([0xEF, 0xBB, 0xBF]) == "the file is empty (no text to ingest)")
    }

    @Test func refusesBinaryNamingTheNulByte() {
        #expect(failure(Array("abc".utf8) + [0, 1, 2]) == "binary file: NUL byte at byte offset 3; only UTF-8 text, Markdown or HTML can be ingested")
    }

    @Test(arguments: [
        ([0x61, 0x62, 0x63, 0xE9, 0x20], 3, 0xE9),        // Latin-1 é
        ([0x61, 0x80], 1, 0x80),                          // stray continuation byte
        ([0x61, 0xC0, 0xAF], 1, 0xC0),                    // overlong form
        ([0x61, 0xED, 0xA0, 0x80], 1, 0xED),              // UTF-16 surrogate
        ([0x61, 0xF4, 0x90, 0x80, 0x80], 1, 0xF4),        // past U+10FFFF
        ([0x61, 0x62, 0xE2, 0x82], 2, 0xE2),              // truncated at the end
        ([0xEF, 0xBB, 0xBF, 0x61, 0xFF], 4, 0xFF),        // offset counts the BOM
    ] as [([UInt8], Int, Int)])
    func refusesInvalidUTF8NamingTheOffset(bytes: [UInt8], offset: Int, byte: Int) {
        let hex = String(byte, radix: 16, uppercase: true)
        #expect(failure(bytes) == "not valid UTF-8: byte 0x\(hex) at byte offset \(offset); convert the file to UTF-8 first (e.g. iconv -f latin1 -t utf-8)")
    }

    @Test func storedTextFoldsCRLFAndDropsTheBOM() {
        #expect(TextNormalizer.storedText(from: "\u{FEFF}a\r\nb\rc\r\n") == "a\nb\rc\n")
        #expect(TextNormalizer.storedText(from: "a\u{FEFF}b") == "a\u{FEFF}b")
        #expect(TextNormalizer.storedText(from: "\r\r\n\n\r") == "\r\n\n\r")
    }

    @Test(arguments: 0..<200)
    func storedTextAgreesWithAPlainReplacement(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let pieces = ["\r", "\n", "\r\n", "é", "Лев", "🙂", "a", " ", "\u{FEFF}"]
        let raw = (0..<Int.random(in: 0...60, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        var expected = raw.replacingOccurrences(of: "\r\n", with: "\n")
        if expected.unicodeScalars.first == "\u{FEFF}" { expected = String(expected.unicodeScalars.dropFirst()) }
        #expect(Array(TextNormalizer.storedText(from: raw).unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test func documentIDIsTheSHA256OfTheStoredText() {
        #expect(DocumentID(text: "abc").hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let crlf = DocumentPreparer.prepare(text: "A line.\r\nB line.", sourceName: "a", format: .plainText)
        let lf = DocumentPreparer.prepare(text: "A line.\nB line.", sourceName: "b", format: .plainText)
        #expect(crlf.id == lf.id)
    }
}
