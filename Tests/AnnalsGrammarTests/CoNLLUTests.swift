import Testing
@testable import AnnalsGrammar

/// CoNLL-U in and out: what is read is written back the same, multiword tokens, comments
/// and all; broken lines are refused with their line number.
struct CoNLLUTests {
    static let sample = """
        # sent_id = 1
        # text = I don't know.
        1\tI\tI\tPRON\tPRP\tCase=Nom|Number=Sing|Person=1|PronType=Prs\t3\tnsubj\t_\t_
        2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
        2\tdo\tdo\tAUX\tVBP\tMood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin\t3\taux\t_\t_
        3\tn't\tnot\tPART\tRB\tPolarity=Neg\t3\tadvmod\t_\t_
        3.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t_\t_
        4\tknow\tknow\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\tSpaceAfter=No
        5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

        """

    @Test func readsWordsSkipsEmptyNodesAndKeepsMultiwordTokens() throws {
        let sentences = try CoNLLU.read(Self.sample)
        #expect(sentences.count == 1)
        let sentence = sentences[0]
        #expect(sentence.words.map(\.form) == ["I", "do", "n't", "know", "."])
        #expect(sentence.multiwordTokens == [.init(first: 2, last: 3, form: "don't", misc: "_")])
        #expect(sentence.words[3].head == 0 && sentence.words[3].deprel == "root")
        #expect(sentence.comments == ["# sent_id = 1", "# text = I don't know."])
    }

    @Test func whatIsReadIsWrittenBack() throws {
        let sentences = try CoNLLU.read(Self.sample)
        let written = CoNLLU.write(sentences)
        #expect(try CoNLLU.read(written) == sentences)
        #expect(written.contains("2-3\tdon't\t"))
    }

    @Test(arguments: [
        ("1\tI\tI\n", "CoNLL-U line 1: expected 10 tab-separated columns, found 3"),
        ("2\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n", "CoNLL-U line 1: word id 2 out of order"),
    ])
    func brokenLinesAreRefused(text: String, message: String) {
        let error = #expect(throws: CoNLLU.Failure.self) { try CoNLLU.read(text) }
        #expect(error?.description == message)
    }

    @Test func valuesCannotBreakTheFormat() {
        let sentence = ParsedSentence(words: [Word(form: "a\tb", lemma: "", upos: "X", head: 0, deprel: "root")])
        let line = CoNLLU.write(sentence)
        #expect(line.split(separator: "\t").count == 10)
        #expect(line.hasPrefix("1\ta b\t_\tX\t"))
    }
}
