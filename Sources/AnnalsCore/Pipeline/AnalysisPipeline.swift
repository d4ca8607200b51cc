public import AnnalsGrammar

/// The stages a document is read by, in order: the grammar, then dates, names and
/// claims. A long document is read part by part (``DocumentParts``), each part's output
/// handed on at the whole document's offsets, in order, with the next part read on
/// another thread meanwhile, so reading costs the memory of a few parts, not the whole.
///
/// ```swift
/// let pipeline = try AnalysisPipeline.shipped()
/// let analysed = pipeline.analyse(ScalarText(text), structure: structure, title: "Lenin")
/// analysed.grammar?.first?.words.first?.upos // "PROPN"
/// ```
public struct AnalysisPipeline: Sendable {
    public let stages: [AnyAnalysisStage]

    /// The stages in order; each must come after the stages it requires.
    public init(stages: [AnyAnalysisStage]) {
        for (k, stage) in stages.enumerated() {
            precondition(stage.requires.allSatisfy { name in stages[..<k].contains { $0.name == name } },
                         "\(stage.name) comes before a stage it requires")
        }
        self.stages = stages
    }

    /// `entities`, `coreference`: the entity recognizer and coreference model the name stage
    /// reads with (nil: rules alone).
    public init(grammar: ReadingGrammar, entities: EntityRecognizer? = nil, coreference: CoreferenceResolver? = nil) {
        self.init(stages: [AnyAnalysisStage(GrammarStage(grammar: grammar)), AnyAnalysisStage(DateStage()),
                           AnyAnalysisStage(NameStage(recognizer: entities, coreference: coreference, dictionary: grammar.tagger.lexicon)), AnyAnalysisStage(ClaimStage())])
    }

    /// The pipeline with the grammar, entity and coreference models shipped in the package (loaded once per process).
    public static func shipped() throws(ReadingGrammar.LoadError) -> AnalysisPipeline {
        AnalysisPipeline(grammar: try ReadingGrammar.shipped(), entities: try EntityRecognizer.shipped(), coreference: try CoreferenceResolver.shipped())
    }

    /// The stages' names, requirements and fingerprints.
    public var plan: Plan { Plan(stages: stages.map { .init(name: $0.name, requires: $0.requires, fingerprint: $0.fingerprint) }) }

    /// The shipped pipeline's plan, worked out without loading its model (a store checks
    /// it each time it opens; the model is loaded only when something must be read).
    public static func shippedPlan() throws(ReadingGrammar.LoadError) -> Plan {
        let (model, entities, coreference) = (try ReadingGrammar.shippedFingerprint(), try EntityRecognizer.shippedFingerprint(),
                                              try CoreferenceResolver.shippedFingerprint())
        return Plan(stages: [.init(name: .grammar, requires: GrammarStage.requires, fingerprint: GrammarStage.fingerprint(model: model)),
                             .init(name: .dates, requires: DateStage.requires, fingerprint: DateStage().fingerprint),
                             .init(name: .names, requires: NameStage.requires, fingerprint: NameStage.fingerprint(model: entities, coreference: coreference)),
                             .init(name: .claims, requires: ClaimStage.requires, fingerprint: ClaimStage().fingerprint)])
    }

    /// What a pipeline runs, without the stages themselves: enough to tell what is stale.
    public struct Plan: Sendable, Equatable {
        public struct Stage: Sendable, Equatable {
            public var name: StageName
            public var requires: [StageName]
            public var fingerprint: String

            public init(name: StageName, requires: [StageName], fingerprint: String) {
                self.name = name
                self.requires = requires
                self.fingerprint = fingerprint
            }
        }

        public var stages: [Stage]

        public init(stages: [Stage]) {
            self.stages = stages
        }

        /// The stages to run for a document that has `stored` fingerprints: those missing
        /// or different, and every stage reading one of those (it would read stale output).
        public func stagesToRun(stored: [StageName: String]) -> Set<StageName> {
            var run = Set(stages.filter { stored[$0.name] != $0.fingerprint }.map(\.name))
            for stage in stages where !run.contains(stage.name) && stage.requires.contains(where: run.contains) { run.insert(stage.name) }
            return run
        }

        /// The stages whose stored output the stages in `run` read: fresh, so read back
        /// rather than run again (the grammar is the costly one).
        public func inputs(of run: Set<StageName>) -> Set<StageName> {
            Set(stages.filter { run.contains($0.name) }.flatMap(\.requires)).subtracting(run)
        }
    }

    /// Reads a document part by part with the stages named in `only` (all by default; with
    /// nothing `given`, also the stages they read), handing `body` each part's analysis, its outputs at the whole document's offsets,
    /// in document order. `given`: the whole document's output of stages not run, read
    /// before (a store's), which the stages run are handed instead of running those again.
    /// `body` may throw to stop (a time limit).
    public func read<Failure: Error>(_ text: ScalarText, structure: DocumentStructure, title: String, documentDate: HistoricalDate? = nil,
                                     only: Set<StageName>? = nil,
                                     given: AnalyzedDocument? = nil, maximumPartLength: Int = DocumentParts.maximumLength,
                                     each body: (AnalyzedDocument) throws(Failure) -> Void) throws(Failure) {
        // Without output handed in, a stage asked for brings the stages it reads.
        var wanted = only ?? Set(stages.map(\.name))
        if given == nil { for stage in stages.reversed() where wanted.contains(stage.name) { wanted.formUnion(stage.requires) } }
        let chosen = stages.filter { wanted.contains($0.name) }
        let handed = given.map { _ in stages.filter { !wanted.contains($0.name) } } ?? []
        let ranges = DocumentParts.sentenceRanges(of: text, structure: structure, maximumLength: maximumPartLength)
        @Sendable func analysed(_ number: Int) -> AnalyzedDocument {
            let part = DocumentParts.part(number, of: ranges, text: text, structure: structure)
            var analysed = AnalyzedDocument(text: part.text, structure: part.structure, title: title,
                                            span: TextRange(start: part.base, end: part.base + part.text.count), documentDate: documentDate)
            if let given { for stage in handed { stage.take(&analysed, from: given, sentences: ranges[number]) } }
            for stage in chosen {
                // The dates, names and claims readers share one cut of the grammar's tokens.
                if analysed.readerTokens == nil, let grammar = analysed.grammar { analysed.readerTokens = SentenceTokens(grammar: grammar, text: analysed.text) }
                stage.run(&analysed)
            }
            // What was handed in goes no further: `body` sees what the chosen stages read.
            for stage in handed { stage.clear(&analysed) }
            for stage in chosen { stage.shift(&analysed, by: part.base) }
            return analysed
        }
        // A long document's next part is read on another thread while this one is, so the
        // stages that run on one core overlap with the next part's grammar: two parts in
        // flight, besides the one `body` has.
        var pending: Pending<AnalyzedDocument>?
        for number in ranges.indices {
            let next = number + 1 < ranges.count ? Pending { analysed(number + 1) } : nil
            let current = pending?.value ?? analysed(number)
            pending = next
            try body(current)
        }
    }

    /// A whole document read at once (for tests, small documents and stores in memory):
    /// the parts' outputs joined.
    public func analyse(_ text: ScalarText, structure: DocumentStructure, title: String, documentDate: HistoricalDate? = nil,
                        only: Set<StageName>? = nil, maximumPartLength: Int = DocumentParts.maximumLength) -> AnalyzedDocument {
        var whole = AnalyzedDocument(text: text, structure: structure, title: title, documentDate: documentDate)
        read(text, structure: structure, title: title, documentDate: documentDate, only: only, maximumPartLength: maximumPartLength) { (part: AnalyzedDocument) in
            whole.absorb(part)
        }
        return whole
    }
}

extension AnalyzedDocument {
    /// Appends a later part's outputs (already at this document's offsets).
    mutating func absorb(_ part: AnalyzedDocument) {
        if let more = part.grammar { grammar = grammar ?? []; grammar!.append(contentsOf: more) }
        if let more = part.dates { dates = dates ?? []; dates!.append(contentsOf: more) }
        if let more = part.claims { claims = claims ?? []; claims!.append(contentsOf: more) }
        if let more = part.names {
            let known = names ?? DocumentNames(mentions: [], evidence: [], pronouns: 0)
            names = DocumentNames(mentions: known.mentions + more.mentions, evidence: known.evidence + more.evidence,
                                  pronouns: known.pronouns + more.pronouns, references: known.references + more.references)
        }
    }
}
