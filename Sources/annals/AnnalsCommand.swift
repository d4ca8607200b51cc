import ArgumentParser

/// The `annals` command: builds a cited record of the past from documents about it.
@main
struct AnnalsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annals",
        abstract: "A history engine: ingest documents about the past, then explore and search them with citations.",
        discussion: """
            Every command takes --db PATH (else $ANNALS_DB, else ./annals.sqlite).
            Exit status: 0 success; 1 some input failed or nothing matched; 3 the database \
            is locked, corrupt or missing; 64 a usage error.
            """,
        version: "0.1.0",
        subcommands: [IngestCommand.self, DocsCommand.self, ShowCommand.self, SearchCommand.self, DatesCommand.self, EntitiesCommand.self, EntityCommand.self,
                      TimelineCommand.self, FactsCommand.self, QuotesCommand.self, ClaimsCommand.self, ConflictsCommand.self, DiffCommand.self, AskCommand.self, ParseCommand.self, RetractCommand.self, RestoreCommand.self, ServeCommand.self]
    )

    /// Runs the command, sending every failure through ``CommandFailure`` so that each
    /// becomes one line on standard error and a documented exit status.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            Terminal.writeError("annals: " + failure.message)
            Self.exit(withError: ExitCode(failure.exitCode))
        } catch let error as ExitCode {
            Self.exit(withError: error)
        } catch {
            if let failure = CommandFailure(error) {
                Terminal.writeError("annals: " + failure.message)
                Self.exit(withError: ExitCode(failure.exitCode))
            }
            Self.exit(withError: error)
        }
    }
}
