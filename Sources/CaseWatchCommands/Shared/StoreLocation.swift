import CaseWatchPostgres

/// Where a command's store is, as `--db` or `CASEWATCH_DB` names it: a PostgreSQL URL
/// (`postgres://…` or `postgresql://…`), else an SQLite file's path (an optional `sqlite:` prefix is dropped).
enum StoreLocation: Hashable, CustomStringConvertible {
    /// The embedded SQLite file at the path.
    case sqlite(path: String)
    /// A PostgreSQL database.
    case postgres(PostgresLocation)

    /// Reads `text`; a malformed PostgreSQL URL is a ``CommandFailure`` saying what is wrong.
    init(parsing text: String) throws(CommandFailure) {
        if PostgresLocation.isPostgres(text) {
            do {
                self = .postgres(try PostgresLocation(parsing: text))
            } catch {
                throw CommandFailure("--db: \(error)")
            }
        } else if text.hasPrefix("sqlite:") {
            self = .sqlite(path: String(text.dropFirst("sqlite:".count)))
        } else {
            self = .sqlite(path: text)
        }
    }

    /// The path or the URL without its password, for messages.
    var description: String {
        switch self {
        case let .sqlite(path): path
        case let .postgres(location): location.description
        }
    }
}
