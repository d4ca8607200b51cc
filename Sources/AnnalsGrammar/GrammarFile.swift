public import Foundation

/// The grammar's file: named sections, each a linear model, a list of names, or a table
/// of tab-separated lines. Bytes are little-endian; the layout is versioned.
extension ReadingGrammar {
    static let magic = Array("ANGR".utf8)
    static let fileVersion: UInt32 = 1

    public func encoded() -> Data {
        Self.encode(tagger: tagger, parser: parser, morphology: morphology, features: features, manifest: manifest)
    }

    static func encode(tagger: Tagger, parser: any DependencyParser, morphology: Morphology, features: FeatureClassifier, manifest: String) -> Data {
        let sections: [(String, Data)] = [("manifest", Data(manifest.utf8))] + taggerSections(tagger) + parserSections(parser) + [
            ("morphology.lemmas", table(morphology.lemmas)),
            ("morphology.rules", table(morphology.lemmaRules.mapValues { "\($0.cut)\t\($0.add)" })),
            ("features.classes", lines(features.classes)),
            ("features.model", features.model.encoded()),
            ("features.candidates", table(features.candidates.mapValues { $0.map(String.init).joined(separator: ",") })),
        ]
        return file(sections)
    }

    /// The neural parser's sections, or the transition parser's.
    static func parserSections(_ parser: any DependencyParser) -> [(String, Data)] {
        if let neural = parser as? NeuralParser { return neural.sections() }
        guard let parser = parser as? Parser else { preconditionFailure("a parser the grammar file cannot hold") }
        return [
            ("parser.labels", lines(parser.labels)),
            ("parser.settings", Data("beam=\(parser.beamWidth)".utf8)),
            ("parser", parser.model.encoded()),
        ]
    }

    static func parser(from sections: [String: Data]) throws -> any DependencyParser {
        if NeuralParser.isIn(sections) { return try NeuralParser(sections: sections) }
        guard let model = sections["parser"], let labels = sections["parser.labels"] else { throw LoadError(description: "the grammar file has no parser") }
        let settings = table(Data(String(decoding: sections["parser.settings"] ?? Data(), as: UTF8.self).replacingOccurrences(of: "=", with: "\t").utf8))
        let parser = Parser(model: try LinearModel(decoding: model), labels: lines(labels), beamWidth: settings["beam"].flatMap { Int($0) } ?? 1)
        guard parser.model.classCount == 1 + 2 * parser.labels.count else {
            throw LoadError(description: "the grammar file is damaged: its models and their classes do not match")
        }
        return parser
    }

    static func taggerSections(_ tagger: Tagger) -> [(String, Data)] {
        var sections = [
            ("tagger.classes", lines(tagger.classes)),
            ("tagger.first", tagger.first.encoded()),
            ("tagger.ambiguity", pairs(tagger.ambiguity)),
        ]
        if let second = tagger.second { sections.append(("tagger.second", second.encoded())) }
        if tagger.lexicon.count > 0 { sections.append(("tagger.lexicon", tagger.lexicon.encoded())) }
        return sections
    }

    static func file(_ sections: [(String, Data)]) -> Data {
        var out = Data(magic)
        out.appendLittleEndian(fileVersion)
        out.appendLittleEndian(UInt32(sections.count))
        for (name, data) in sections {
            out.appendLittleEndian(UInt16(name.utf8.count))
            out.append(contentsOf: Array(name.utf8))
            out.appendLittleEndian(UInt32(data.count))
            out.append(data)
        }
        return out
    }

    /// Reads a grammar written by ``encoded()``.
    public init(decoding data: Data) throws(LoadError) {
        let sections = try Self.sections(of: data)
        func section(_ name: String) throws(LoadError) -> Data {
            guard let data = sections[name] else { throw LoadError(description: "the grammar file has no \(name) section") }
            return data
        }
        do {
            let tagger = try Self.tagger(from: sections)
            let parser = try Self.parser(from: sections)
            let rules = Self.table(try section("morphology.rules")).compactMapValues { value -> Morphology.LemmaRule? in
                let parts = value.split(separator: "\t", omittingEmptySubsequences: false)
                guard let cut = Int(parts[0]) else { return nil }
                return Morphology.LemmaRule(cut: cut, add: parts.count > 1 ? String(parts[1]) : "")
            }
            let morphology = Morphology(lemmas: Self.table(try section("morphology.lemmas")), lemmaRules: rules)
            let classifier = FeatureClassifier(model: try LinearModel(decoding: try section("features.model")), classes: Self.lines(try section("features.classes")),
                                               candidates: Self.table(try section("features.candidates")).mapValues { $0.split(separator: ",").compactMap { Int($0) } })
            // Every class a model can choose must name something, or a damaged file would trap while reading.
            guard tagger.first.classCount == tagger.classes.count, tagger.second.map({ $0.classCount == tagger.classes.count }) ?? true,
                  classifier.model.classCount == classifier.classes.count,
                  classifier.candidates.values.allSatisfy({ $0.allSatisfy { $0 >= 0 && $0 < classifier.classes.count } }),
                  tagger.classes.allSatisfy({ !$0.isEmpty }) else {
                throw LoadError(description: "the grammar file is damaged: its models and their classes do not match")
            }
            self.init(tagger: tagger, parser: parser, morphology: morphology, features: classifier, manifest: String(decoding: try section("manifest"), as: UTF8.self),
                      fingerprint: Self.fingerprint(of: data))
        } catch let error as LoadError {
            throw error
        } catch let error as NeuralParser.FormatError {
            throw LoadError(description: "the grammar file is damaged: \(error.description)")
        } catch let error as LinearModel.FormatError {
            throw LoadError(description: "the grammar file is damaged: \(error.description)")
        } catch {
            throw LoadError(description: "the grammar file is damaged: \(error)")
        }
    }

    static func tagger(from sections: [String: Data]) throws -> Tagger {
        guard let classes = sections["tagger.classes"], let first = sections["tagger.first"], let ambiguity = sections["tagger.ambiguity"] else {
            throw LoadError(description: "the grammar file has no tagger")
        }
        let second = try sections["tagger.second"].map { data throws(LinearModel.FormatError) in try LinearModel(decoding: data) }
        let lexicon = try sections["tagger.lexicon"].map { data throws(LoadError) in try Lexicon(decoding: data) } ?? .empty
        return Tagger(first: try LinearModel(decoding: first), second: second, classes: lines(classes), ambiguity: pairs(ambiguity), lexicon: lexicon)
    }

    static func sections(of data: Data) throws(LoadError) -> [String: Data] {
        let bytes = [UInt8](data)
        guard bytes.starts(with: magic) else { throw LoadError(description: "not an Annals grammar file") }
        var position = 4
        func integer(_ size: Int) throws(LoadError) -> Int {
            guard position + size <= bytes.count else { throw LoadError(description: "the grammar file is truncated") }
            var value = 0
            for k in 0..<size { value |= Int(bytes[position + k]) << (8 * k) }
            position += size
            return value
        }
        guard try integer(4) == Int(fileVersion) else { throw LoadError(description: "the grammar file's version is not understood") }
        var sections: [String: Data] = [:]
        for _ in 0..<(try integer(4)) {
            let nameLength = try integer(2)
            guard position + nameLength <= bytes.count else { throw LoadError(description: "the grammar file is truncated") }
            let name = String(decoding: bytes[position..<position + nameLength], as: UTF8.self)
            position += nameLength
            let length = try integer(4)
            guard position + length <= bytes.count else { throw LoadError(description: "the grammar file is truncated") }
            sections[name] = data[data.startIndex + position..<data.startIndex + position + length]
            position += length
        }
        return sections
    }

    static func lines(_ items: [String]) -> Data { Data(items.joined(separator: "\n").utf8) }
    static func lines(_ data: Data) -> [String] {
        var found: [String] = []
        eachLine(data) { bytes, _ in found.append(String(decoding: bytes, as: UTF8.self)) }
        return found
    }

    /// Calls `body` with each line's bytes (no line break) and where its first tab is;
    /// read byte by byte, as the tables hold tens of thousands of lines.
    private static func eachLine(_ data: Data, _ body: (UnsafeRawBufferPointer.SubSequence, Int?) -> Void) {
        data.withUnsafeBytes { bytes in
            var start = 0
            var tab: Int?
            for k in 0...bytes.count {
                if k == bytes.count || bytes[k] == 0x0A {
                    body(bytes[start..<k], tab)
                    start = k + 1
                    tab = nil
                } else if bytes[k] == 0x09, tab == nil {
                    tab = k
                }
            }
        }
    }

    /// A table as sorted "key\tvalue" lines (keys and values free of line breaks).
    static func table(_ table: [String: String]) -> Data {
        lines(table.keys.sorted().map { $0 + "\t" + table[$0]! })
    }

    static func table(_ data: Data) -> [String: String] {
        var table: [String: String] = [:]
        eachLine(data) { line, tab in
            guard let tab else { return }
            table[String(decoding: line[..<tab], as: UTF8.self)] = String(decoding: line[(tab + 1)...], as: UTF8.self)
        }
        return table
    }

    static func pairs(_ table: [UInt64: UInt64]) -> Data {
        var out = Data()
        for key in table.keys.sorted() {
            out.appendLittleEndian(key)
            out.appendLittleEndian(table[key]!)
        }
        return out
    }

    static func pairs(_ data: Data) -> [UInt64: UInt64] {
        var reader = ByteReader(data)
        var table: [UInt64: UInt64] = [:]
        while reader.remaining >= 16 { table[reader.u64()] = reader.u64() }
        return table
    }
}

extension Tagger {
    /// The tagger alone, in the grammar file's layout (training keeps it between runs).
    public func encoded() -> Data { ReadingGrammar.file(ReadingGrammar.taggerSections(self)) }

    public init(decoding data: Data) throws {
        self = try ReadingGrammar.tagger(from: try ReadingGrammar.sections(of: data))
    }
}

extension ReadingGrammar {
    /// The tagger and parser of a grammar file, whatever else it holds (for retraining the rest).
    public static func taggerAndParser(decoding data: Data) throws -> (Tagger, any DependencyParser) {
        let sections = try sections(of: data)
        return (try tagger(from: sections), try parser(from: sections))
    }
}

extension ReadingGrammar {
    /// Each section's size in bytes, for the training report.
    public static func sectionSizes(of data: Data) -> [(String, Int)] {
        ((try? sections(of: data)) ?? [:]).map { ($0.key, $0.value.count) }.sorted { $0.0 < $1.0 }
    }
}
