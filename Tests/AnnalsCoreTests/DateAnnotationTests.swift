import Testing
import Foundation
import AnnalsCore
import AnnalsTesting

/// The hand-annotated sample (Tests/Resources/date-annotations.jsonl: offsets and expected
/// values, no copied text) must keep being found. Skipped when ../shared/corpus is absent;
/// scripts/eval-dates.py reports the same figures beside dateparser's.
struct DateAnnotationTests {
    struct Annotation: Decodable {
        var doc: String
        var start: Int?
        var end: Int?
        var value: String?
        var region: [Int]?
    }

    @Test func theAnnotatedSampleIsFoundWithItsValues() throws {
        guard let corpus = ProjectPaths.sharedCorpus else {
            print("skipped: ../shared/corpus is absent")
            return
        }
        let path = ProjectPaths.packageRoot + "/Tests/Resources/date-annotations.jsonl"
        let annotations = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            .compactMap { try? JSONDecoder().decode(Annotation.self, from: Data($0.utf8)) }
            .filter { $0.start != nil }
        #expect(annotations.count >= 150)
        var found = 0, valued = 0, correct = 0
        for doc in Set(annotations.map(\.doc)) {
            let raw = try String(contentsOfFile: corpus + "/" + doc, encoding: .utf8)
            let document = DocumentPreparer.prepare(text: raw, sourceName: doc, format: .plainText)
            let mentions = DateExtractor().extract(from: ScalarText(document.text), structure: document.structure)
            for annotation in annotations where annotation.doc == doc {
                let span = TextRange(start: annotation.start!, end: annotation.end!)
                let overlapping = mentions.filter { $0.range.start < span.end && span.start < $0.range.end }
                if !overlapping.isEmpty { found += 1 }
                guard let value = annotation.value, !value.isEmpty else { continue }
                valued += 1
                if overlapping.contains(where: { $0.date?.value == value }) { correct += 1 }
            }
        }
        let recall = Double(found) / Double(annotations.count)
        let accuracy = Double(correct) / Double(valued)
        print("date annotations: recall \(recall), exact values \(accuracy) over \(annotations.count)")
        #expect(recall >= 0.95)
        #expect(accuracy >= 0.90)
    }
}
