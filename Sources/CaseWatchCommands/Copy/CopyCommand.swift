import ArgumentParser
import CaseWatchPostgres
import CaseWatchStore

/// `casewatch copy`: move an installation from its SQLite file into an empty PostgreSQL store, whole.
public struct CopyCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy an SQLite store, whole, into an empty PostgreSQL store (to move an installation to several hosts).",
        discussion: """
            Every table is copied in one snapshot of the file and one transaction of the database, with its own \
            ids, instants and hashes: the event log, projections, escalations, sign-offs, ledger, the audit chain \
            (verified on the target after the copy, and its head compared), tokens, API keys and the outbox. All of \
            it or, on any failure, none of it is stored. Stop the daemon first, so that the file does not change \
            after its snapshot; start the daemons on the new store after.
            """
    )

    @Option(help: "The SQLite store to copy: a file path (or sqlite:<path>).")
    var from: String

    @Option(help: "The PostgreSQL store to fill: postgres://user@host:5432/database (empty; its schema is made if missing).")
    var to: String

    /// Creates the command.
    public init() {}

    /// Copies and checks the copy.
    public func run() throws {
        guard case let .sqlite(path) = try StoreLocation(parsing: from) else {
            throw CommandFailure("--from: give the SQLite file to copy (a path); a copy goes from SQLite to PostgreSQL")
        }
        guard case let .postgres(location) = try StoreLocation(parsing: to) else {
            throw CommandFailure("--to: give the PostgreSQL store to fill, postgres://user@host:5432/database")
        }
        do {
            let source = try SQLiteCaseStore.open(at: path)
            let target = try PostgresCaseStore.migrate(location).store
            let counts = try target.importCopy { rows in
                try source.exportTables { table, columns, page in try rows.insert(table, columns: columns, rows: page) }
            }
            let (sourceChain, targetChain) = (try source.read { try $0.verifyAudit() }, try target.read { try $0.verifyAudit() })
            guard case .intact = targetChain, sourceChain == targetChain else {
                throw CommandFailure("""
                    the audit chain of the copy (\(targetChain)) is not the file's (\(sourceChain)); the copy is in \(location): \
                    drop and create the database before copying again
                    """)
            }
            let total = counts.values.reduce(0, +)
            Console.line("copied \(path) into \(location): \(total) rows in \(counts.count) tables; the audit chain verified intact, the same head")
            for table in CopiedTables.all { Console.line("  \(table.name): \(counts[table.name] ?? 0)") }
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw ErrorWording.reported(error)
        }
    }
}
