import ArgumentParser
import CaseWatchPostgres
import CaseWatchStore

/// `casewatch migrate`: bring a store's schema to this build's, making it in an empty PostgreSQL database.
public struct MigrateCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Bring the store's schema to this build's; on PostgreSQL, make it in an empty database.",
        discussion: """
            Every command and the daemon also migrate a store they open, so running this is needed only to make \
            a new PostgreSQL store, or to migrate at a moment of one's choosing. Several hosts may run it at once: \
            one migrates, the others find the schema done. A database holding another application's tables, and \
            one migrated by a newer CaseWatch, are refused unchanged.
            """
    )

    @OptionGroup var database: DatabaseOptions

    /// Creates the command.
    public init() {}

    /// Migrates and says what was applied.
    public func run() throws {
        let location = try database.location
        do {
            switch location {
            case let .sqlite(path):
                let before = try ReadOnlyCaseStore.open(at: path).schemaVersion()
                let after = try SQLiteCaseStore.open(at: path).schemaVersion()
                Console.line(before == after ? "\(path): schema \(after), up to date" : "\(path): schema \(before) → \(after)")
            case let .postgres(postgres):
                let (store, applied) = try PostgresCaseStore.migrate(postgres)
                let version = try store.schemaVersion()
                Console.line(
                    applied.isEmpty
                        ? "\(location): schema \(version), up to date"
                        : "\(location): applied \(applied.joined(separator: ", ")); schema \(version)"
                )
            }
        } catch {
            throw ErrorWording.reported(error)
        }
    }
}
