import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Ingests files no writer would hand a historian but any archive may hold: one long
/// file of many articles, and text with no full stops (a transcript, an OCR run). Each
/// goes in alone into a fresh database; the run fails (exit 1) when one reads slower
/// than a generous floor, the sign that some stage has become quadratic again.
enum LongTextRun {
    /// Far below what linear reading gives (about 0.3 MB/s without stops, 0.6 with).
    static let floorMegabytesPerSecond = 0.05

    struct Case {
        var name: String
        var megabytes: Double
        var stops: Bool
    }

    /// Smallest first.
    static let cases = [
        Case(name: "no-stops-0.5MB.txt", megabytes: 0.5, stops: false),
        Case(name: "articles-5MB.txt", megabytes: 5, stops: true),
        Case(name: "no-stops-5MB.txt", megabytes: 5, stops: false),
    ]

    static func report(binary: String, sources: [CorpusGenerator.BaseText], folder: String) throws -> Bool {
        var fast = true
        for item in cases {
            let path = folder + "/" + item.name
            try text(item, from: sources).write(toFile: path, atomically: true, encoding: .utf8)
            let database = folder + "/long-\(item.name).sqlite"
            let run = try IngestRun.measure(binary: binary, database: database, corpus: path)
            let rate = item.megabytes / run.seconds
            let verdict = rate >= floorMegabytesPerSecond ? "" : String(format: "  TOO SLOW (floor %.2f MB/s)", floorMegabytesPerSecond)
            fast = fast && verdict.isEmpty
            print(String(format: "long text %@: %.1f s, %.2f MB/s, peak memory %.0f MB%@", item.name, run.seconds, rate,
                         Double(run.peakKilobytes) / 1024, verdict))
        }
        return fast
    }

    /// The base texts repeated to the size asked, with or without their full stops and line breaks.
    static func text(_ item: Case, from sources: [CorpusGenerator.BaseText]) -> String {
        let target = Int(item.megabytes * 1_000_000)
        var text = ""
        var index = 0
        while text.utf8.count < target {
            let base = sources[index % sources.count].text
            text += item.stops ? "Part \(index + 1)\n\n" + base + "\n\n" : base.replacingOccurrences(of: ".", with: " ").replacingOccurrences(of: "\n", with: " ") + " "
            index += 1
        }
        return text
    }
}
