import AnnalsCore
import AnnalsStore
import AnnalsIngest
import AnnalsRecord

/// The one place that turns an error into the line printed on standard error and
/// the process's exit status.
struct CommandFailure: Error {
    /// Exit status when some input failed or nothing matched.
    static let inputFailed: Int32 = 1
    /// Exit status when the database is locked, corrupt or missing.
    static let databaseFailed: Int32 = 3

    var message: String
    var exitCode: Int32

    init(message: String, exitCode: Int32 = CommandFailure.inputFailed) {
        self.message = message
        self.exitCode = exitCode
    }

    /// The failure for an error Annals knows, or nil for one it leaves to the parser.
    init?(_ error: any Error) {
        switch error {
        case let error as StoreError:
            self.init(message: error.description, exitCode: error.isDatabaseFailure ? Self.databaseFailed : Self.inputFailed)
        case let error as IngestError:
            self.init(message: error.description, exitCode: error.isDatabaseFailure ? Self.databaseFailed : Self.inputFailed)
        case let error as CommandFailure:
            self = error
        case let error as RecordError:
            self.init(message: error.message)
        default:
            return nil
        }
    }
}
