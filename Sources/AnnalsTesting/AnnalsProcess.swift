public import Foundation

/// Runs the built `annals` binary as a person would, capturing what it prints.
public struct AnnalsProcess: Sendable {
    /// What one run printed and how it ended.
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String

        /// Standard error's lines, without the empty last one.
        public var errorLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    public var binary: String
    public var workingDirectory: String?
    public var environment: [String: String]

    public init(binary: String = ProjectPaths.annalsBinary, workingDirectory: String? = nil,
                environment: [String: String] = [:]) {
        self.binary = binary
        self.workingDirectory = workingDirectory
        self.environment = environment
    }

    /// Runs `annals ARGS…`, feeding `input` to standard input, and waits for it.
    @discardableResult
    public func run(_ arguments: [String], input: Data? = nil) throws -> Output {
        let process = try start(arguments, input: input)
        let (stdout, stderr) = (process.standardOutput as! Pipe, process.standardError as! Pipe)
        let outData = LockedData()
        let errData = LockedData()
        let group = DispatchGroup()
        for (pipe, sink) in [(stdout, outData), (stderr, errData)] {
            group.enter()
            DispatchQueue.global().async {
                sink.set(pipe.fileHandleForReading.readDataToEndOfFile())
                group.leave()
            }
        }
        process.waitUntilExit()
        group.wait()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: outData.get(), as: UTF8.self),
                      stderr: String(decoding: errData.get(), as: UTF8.self))
    }

    /// Starts `annals ARGS…` without waiting; standard output and error are pipes.
    public func start(_ arguments: [String], input: Data? = nil) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["ANNALS_DB"] = nil
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let workingDirectory { process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory) }
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(input) }
        try? stdin.fileHandleForWriting.close()
        return process
    }
}

/// Bytes shared between a reading thread and the waiting test.
private final class LockedData: @unchecked Sendable {
    private var data = Data()
    private let lock = NSLock()
    func set(_ value: Data) { lock.withLock { data = value } }
    func get() -> Data { lock.withLock { data } }
}
