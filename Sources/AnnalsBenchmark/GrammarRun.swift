import Foundation
import AnnalsCore
import AnnalsGrammar

/// Times the reading grammar in this process on one core: loading the shipped model,
/// tagging alone, and the whole analysis (tags, parse, lemmas, features), over the words
/// of a CoNLL-U file (gold tokens; the gold analysis is not read), and the grammar stage
/// over raw text (tokenising too).
///
///     .build/release/AnnalsBenchmark --grammar ../shared/external/ud/en_ewt-ud-test.conllu
enum GrammarRun {
    /// `model`: a grammar file to time instead of the shipped one (a candidate from scripts/train --out).
    static func report(conllu path: String, model: String?, sources: [CorpusGenerator.BaseText]) throws {
        let loadStart = DispatchTime.now().uptimeNanoseconds
        let grammar = try model.map { try ReadingGrammar(decoding: try Data(contentsOf: URL(fileURLWithPath: $0))) } ?? ReadingGrammar.shipped()
        let loadMilliseconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e6
        let file = model ?? ReadingGrammar.shippedFile?.path
        let size = (file.flatMap { try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int }) ?? 0
        print(String(format: "grammar: model %.1f MB, loaded in %.0f ms", Double(size) / 1e6, loadMilliseconds))
        let sentences = try CoNLLU.read(String(contentsOfFile: path, encoding: .utf8)).map { $0.words.map(\.form) }
        let words = sentences.reduce(0) { $0 + $1.count }
        let tagging = best(of: 3) {
            var tags = 0
            for forms in sentences { tags += grammar.tagger.tag(forms.map { WordForm($0) }).count }
            return tags
        }
        let parsing = best(of: 3) {
            sentences.reduce(0) { total, forms in
                let wordForms = forms.map { WordForm($0) }
                return total + grammar.parser.parse(wordForms, tags: grammar.tagger.tag(wordForms)).heads.count
            }
        }
        let whole = best(of: 3) { sentences.reduce(0) { $0 + grammar.annotate($1).count } }
        print(String(format: "grammar: %@ (%d words): tagging %.0f words/s; tagging and parsing %.0f words/s; "
                     + "tagging, parsing, lemmas and features %.0f words/s",
                     (path as NSString).lastPathComponent, words, Double(words) / tagging, Double(words) / parsing, Double(words) / whole))
        let analysed = sentences.map(grammar.annotate)
        let names = try entities(analysed, words: words)
        try coreference(analysed, names: names, words: words)
        let stage = AnalysisPipeline(stages: [AnyAnalysisStage(GrammarStage(grammar: grammar))])
        let documents = sources.map { DocumentPreparer.prepare(text: $0.text, sourceName: $0.name, format: .plainText) }
        var stageWords = 0
        let staged = best(of: 3) {
            stageWords = documents.reduce(0) { total, document in
                total + (stage.analyse(ScalarText(document.text), structure: document.structure, title: document.title).grammar ?? [])
                    .reduce(0) { $0 + $1.words.count }
            }
            return stageWords
        }
        print(String(format: "grammar stage over the base texts (%d words, tokenising too): %.0f words/s", stageWords, Double(stageWords) / staged))
    }

    /// The entity recognizer over analysed sentences, read as one document: load time and speed.
    @discardableResult
    static func entities(_ analysed: [[Word]], words: Int) throws -> [[NamedSpan]] {
        let loadStart = DispatchTime.now().uptimeNanoseconds
        let recognizer = try EntityRecognizer.shipped()
        let loadMilliseconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e6
        let size = (EntityRecognizer.shippedFile.flatMap { try? FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int }) ?? 0
        var names: [[NamedSpan]] = []
        let seconds = best(of: 3) {
            names = recognizer.names(inDocument: analysed)
            return names.count
        }
        print(String(format: "entities: model %.1f MB, loaded in %.0f ms; %d names found at %.0f words/s", Double(size) / 1e6, loadMilliseconds,
                     names.reduce(0) { $0 + $1.count }, Double(words) / seconds))
        return names
    }

    /// The coreference model over the same sentences, read as one document: load time and speed.
    static func coreference(_ analysed: [[Word]], names: [[NamedSpan]], words: Int) throws {
        let loadStart = DispatchTime.now().uptimeNanoseconds
        let resolver = try CoreferenceResolver.shipped()
        let loadMilliseconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e6
        let size = (CoreferenceResolver.shippedFile.flatMap { try? FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int }) ?? 0
        var mentions = 0, entities = 0
        let seconds = best(of: 3) {
            let chains = resolver.chains(analysed, names: names)
            (mentions, entities) = (chains.mentions.count, Set(chains.entity).count)
            return mentions
        }
        print(String(format: "coreference: model %.2f MB, loaded in %.0f ms; %d mentions in %d entities at %.0f words/s", Double(size) / 1e6,
                     loadMilliseconds, mentions, entities, Double(words) / seconds))
    }

    /// The fastest of `count` timed runs, in seconds (the others warm caches or meet noise).
    private static func best(of count: Int, _ body: () -> Int) -> Double {
        var fastest = Double.infinity
        var sink = 0
        for _ in 0..<count {
            let start = DispatchTime.now().uptimeNanoseconds
            sink &+= body()
            fastest = min(fastest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        precondition(sink >= 0)
        return fastest
    }
}
