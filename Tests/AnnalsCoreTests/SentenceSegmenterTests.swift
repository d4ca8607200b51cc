import Testing
import AnnalsCore

/// The sentence segmenter, case by case: each row is a text and the sentences it must become.
struct SentenceSegmenterTests {
    static let cases: [(String, [String])] = [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        ("Ivan Orlov (Russian: Иван Орлов, tr. Ivan Orlov) sailed. He returned.", ["Ivan Orlov (Russian: Иван Орлов, tr. Ivan Orlov) sailed.", "He returned."]),
        ("Gen. Orlov signed it. Then he left.", ["Gen. Orlov signed it.", "Then he left."]),
        ("Dr. Velinsky taught there. He was kind.", ["Dr. Velinsky taught there.", "He was kind."]),
        ("She moved to St. Petersburg in 1896. It was cold.", ["She moved to St. Petersburg in 1896.", "It was cold."]),
        ("He went to the U.S. in 1917. He came back.", ["He went to the U.S. in 1917.", "He came back."]),
        ("He went to the U.S. The trip was long.", ["He went to the U.S.", "The trip was long."]),
        ("She met the U.S. Army there.", ["She met the U.S. Army there."]),
        ("She worked with James P. Cannon for years. They quarrelled.",
         ["She worked with James P. Cannon for years.", "They quarrelled."]),
        ("V. I. Lenin wrote it. Nobody read it.", ["V. I. Lenin wrote it.", "Nobody read it."]),
        ("It was after World War I. The peace was short.", ["It was after World War I.", "The peace was short."]),
        ("They flew the Saturn V. Velmar 4 was next.", ["They flew the Saturn V.", "Velmar 4 was next."]),
        ("It was after World War I. Orlov came home.", ["It was after World War I.", "Orlov came home."]),
        ("A book by Mary V. Dearborn tells it.", ["A book by Mary V. Dearborn tells it."]),
        ("A book by Robert V. Daniels tells it.", ["A book by Robert V. Daniels tells it."]),
        ("She lived at No. 5 Fontanka. It burned.", ["She lived at No. 5 Fontanka.", "It burned."]),
        ("The answer was No. He would not go.", ["The answer was No.", "He would not go."]),
        ("His father (d. 1910) farmed. His mother wrote.", ["His father (d. 1910) farmed.", "His mother wrote."]),
        ("They arrived in 1905. 1906 was worse.", ["They arrived in 1905.", "1906 was worse."]),
        ("The car came at 6.30. Nobody was ready.", ["The car came at 6.30.", "Nobody was ready."]),
        ("She wrote: \"We had little. We wanted less.\" Then she left.",
         ["She wrote: \"We had little.", "We wanted less.\"", "Then she left."]),
        ("\"Why?\" he asked. Nobody knew.", ["\"Why?\" he asked.", "Nobody knew."]),
        ("\"Go now!\" she cried. He went.", ["\"Go now!\" she cried.", "He went."]),
        ("We waited.... Then the guns began.", ["We waited....", "Then the guns began."]),
        ("We waited... and waited.", ["We waited... and waited."]),
        ("It ended… Nobody mourned.", ["It ended…", "Nobody mourned."]),
        ("He agreed. […] The rest is lost.", ["He agreed. […]", "The rest is lost."]),
        ("The treaty was signed.[3] War ended.", ["The treaty was signed.[3]", "War ended."]),
        ("She was born in 1861 (or 1862.) Nobody is sure.", ["She was born in 1861 (or 1862.)", "Nobody is sure."]),
        ("She influenced her children.Both parents agreed.", ["She influenced her children.", "Both parents agreed."]),
        ("The order came from Velmarkom.In May he left.", ["The order came from Velmarkom.", "In May he left."]),
        ("Its power grew over the whole state.A decree in May set up the camps.", ["Its power grew over the whole state.", "A decree in May set up the camps."]),
        ("About 200 copies were printed in 1894.Velmar hoped for more.", ["About 200 copies were printed in 1894.", "Velmar hoped for more."]),
        ("The price rose to 3.5 roubles.", ["The price rose to 3.5 roubles."]),
        ("See velmar.org for the list.", ["See velmar.org for the list."]),
        ("He moved to the U.S.And then he left.", ["He moved to the U.S.And then he left."]),
        ("He visited St.Petersburg in May.", ["He visited St.Petersburg in May."]),
        ("Apples, pears, etc. The list went on.", ["Apples, pears, etc.", "The list went on."]),
        ("Apples, pears, etc. were sold.", ["Apples, pears, etc. were sold."]),
        ("Historian Ia. Vodarsky disagreed. Others did not.", ["Historian Ia. Vodarsky disagreed.", "Others did not."]),
        ("He read it (e.g. the preface). It was dull.", ["He read it (e.g. the preface).", "It was dull."]),
        ("Was he right? Perhaps.", ["Was he right?", "Perhaps."]),
        ("They met in Vienna (a.k.a. \"The August Bloc\") and parted.", ["They met in Vienna (a.k.a. \"The August Bloc\") and parted."]),
        ("He was born on 22 April [O.S. 10 April] 1870 in Simbirsk. He died in 1924.",
         ["He was born on 22 April [O.S. 10 April] 1870 in Simbirsk.", "He died in 1924."]),
        // A page reference written against the final mark ends the sentence with it; a time does not.
        ("She kept a diary.:33 He read it.:121–123 They left.", ["She kept a diary.:33", "He read it.:121–123", "They left."]),
        ("They met at 6:30 and left.", ["They met at 6:30 and left."]),
        ("No terminal mark", ["No terminal mark"]),
        ("   ", []),
        ("Лев уехал. Он вернулся.", ["Лев уехал.", "Он вернулся."]),
        ("«Пора.» Он ушёл.", ["«Пора.»", "Он ушёл."]),
    ]

    @Test(arguments: cases)
    func splitsAsExpected(text: String, expected: [String]) {
        let scalars = ScalarText(text)
        let sentences = SentenceSegmenter.split(scalars, in: TextRange(start: 0, end: scalars.count))
        #expect(sentences.map { scalars.string(in: $0) } == expected)
    }

    @Test func splitsOnlyInsideTheGivenRange() {
        let scalars = ScalarText("Skip this. Keep this one. And this.")
        let range = TextRange(start: 11, end: scalars.count)
        let sentences = SentenceSegmenter.split(scalars, in: range)
        #expect(sentences.map { scalars.string(in: $0) } == ["Keep this one.", "And this."])
        #expect(sentences.first?.start == 11)
    }
}
