import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The cost curve: generated corpora of growing size, each ingested into a fresh database
/// by the real `annals` binary, with the rate, the process's own peak memory and the
/// database's size; ingest is linear when the largest corpus reads within a fifth of the
/// smallest one's rate. Then what adding one more document costs: into the largest
/// database (its names joined with all the others) and into an empty one.
enum CostCurveRun {
    /// How far the largest corpus's rate may fall below the smallest's.
    static let linearTolerance = 0.2

    /// Prints a line per size and the verdict; false when ingest is not linear.
    static func report(binary: String, sources: [CorpusGenerator.BaseText], folder: String, sizes: [Double]) throws -> Bool {
        var rates: [Double] = []
        var largest: (database: String, documents: Int)?
        for megabytes in sizes.sorted() {
            let corpus = folder + "/curve-\(megabytes)"
            try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
            let generated = try CorpusGenerator.write(into: corpus, from: sources, megabytes: megabytes)
            let database = folder + "/curve-\(megabytes).sqlite"
            let run = try IngestRun.measure(binary: binary, database: database, corpus: corpus)
            let rate = Double(generated.bytes) / 1e6 / run.seconds
            rates.append(rate)
            largest = (database, generated.documents)
            print(String(format: "cost curve %g MB: %d documents, %.1f s, %.3f MB/s, peak memory %.0f MB, database %.0f MB",
                         megabytes, generated.documents, run.seconds, rate, Double(run.peakKilobytes) / 1024, Double(fileSize(database)) / 1e6))
        }
        var linear = true
        if let first = rates.first, let last = rates.last, rates.count > 1 {
            linear = last >= first * (1 - linearTolerance)
            print(String(format: "cost curve: the largest corpus reads at %.0f%% of the smallest's rate (%@)", 100 * last / first,
                         linear ? "linear" : "NOT LINEAR: more than a fifth slower"))
        }
        if let largest { try AddOneRun.report(binary: binary, sources: sources, database: largest.database, documents: largest.documents, folder: folder) }
        return linear
    }

    static func fileSize(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }
}

/// Adds one document no generated corpus holds (a base text's edition numbered past any
/// corpus) to a large database, and the same document to an empty one.
enum AddOneRun {
    static func report(binary: String, sources: [CorpusGenerator.BaseText], database: String, documents: Int, folder: String) throws {
        let added = folder + "/added"
        try FileManager.default.createDirectory(atPath: added, withIntermediateDirectories: true)
        let base = sources[0]
        let file = added + "/added-edition.txt"
        try ("Added edition of \(base.name)\n\n" + base.text).write(toFile: file, atomically: true, encoding: .utf8)
        let large = try IngestRun.measure(binary: binary, database: database, corpus: file)
        let empty = try IngestRun.measure(binary: binary, database: added + "/empty.sqlite", corpus: file)
        print(String(format: "add one document (%.0f KB): %.2f s into the %.0f MB database of %d documents, %.2f s into an empty one; "
                     + "peak memory %.0f MB and %.0f MB",
                     Double(CostCurveRun.fileSize(file)) / 1e3, large.seconds, Double(CostCurveRun.fileSize(database)) / 1e6, documents, empty.seconds,
                     Double(large.peakKilobytes) / 1024, Double(empty.peakKilobytes) / 1024))
    }

}

/// Runs a program to its end: its wall time and its own peak resident memory (from
/// `wait4`, not the largest of every child so far).
enum ChildProcess {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ binary: String, _ arguments: [String]) throws -> (seconds: Double, peakKilobytes: Int) {
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = Date()
        let spawned = posix_spawn(&pid, binary, nil, nil, argv, environ)
        guard spawned == 0 else { throw Failure(description: "\(binary) did not start (error \(spawned))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw Failure(description: "waiting for \(binary) failed (error \(errno))") }
        }
        let seconds = Date().timeIntervalSince(start)
        // (Exited normally with status 0: the low seven bits are the signal, the next eight the status.)
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw Failure(description: "\(binary) \(arguments.first ?? "") ended with status \(status)")
        }
        return (seconds, usage.ru_maxrss)
    }
}
