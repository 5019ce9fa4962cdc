import CaseWatchCore

/// Why the store refused or failed an operation, with the data that says what and where.
///
/// `description` states the fact alone (for logs); the commands add how to fix it in their own words.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No database file at the path (the payload).
    case notFound(String)
    /// A file already exists at the path (the payload) where a new database was to be created.
    case alreadyExists(String)
    /// The file is not a CaseWatch database (another SQLite database, or not SQLite at all).
    case notCaseWatch(path: String, detail: String)
    /// The file is an SQLite database but damaged (truncated, or a header SQLite cannot use).
    case damaged(path: String, detail: String)
    /// The file cannot be read (permissions); the reason is the system's.
    case unreadable(path: String, reason: String)
    /// The database was migrated by a newer CaseWatch: it has migrations this build does not know.
    case newerSchema(unknownMigrations: [String])
    /// An event with this id is already stored; the log stores each event id once.
    case duplicateEvent(EventID)
    /// An event or projection names a case that was never registered.
    case unknownCase(CaseID)
    /// A `registered` event for a case that is already registered.
    case caseAlreadyRegistered(CaseID)
    /// A unit that is not stored, named by something that needs it (`parent of unit 'x'`).
    case unknownUnit(UnitID, neededBy: String)
    /// Units whose parents form a loop, in the order the loop was walked.
    case unitCycle([UnitID])
    /// An ingest batch id that `beginBatch` never returned.
    case unknownBatch(Int64)
    /// An ingest batch that was already finished.
    case batchAlreadyFinished(Int64)
    /// A stored row no longer reads back as a value (e.g. an event whose fields do not decode).
    case corrupt(String)
    /// SQLite failed; the message says how.
    case sqlite(String)
    /// PostgreSQL failed (the server refused a statement, or the connection was lost); the message says how.
    case postgres(String)
    /// A copy's target store already holds data (what, in the payload); a copy never merges two stores.
    case notEmpty(location: String, holding: [String])
    /// A supervising daemon's write was refused because it no longer holds the supervision lease of the
    /// epoch it wrote under (another daemon took over): nothing of the transaction was stored.
    case fenced(holder: String, epoch: Int64)

    /// What went wrong and where, without advice (the commands add theirs).
    public var description: String {
        switch self {
        case let .notFound(path):
            "no CaseWatch database at '\(path)'"
        case let .alreadyExists(path):
            "a file already exists at '\(path)'; a new database is never written over one: choose another path or move the file away"
        case let .notCaseWatch(path, detail):
            "'\(path)' is not a CaseWatch database (\(detail))"
        case let .damaged(path, detail):
            "the database '\(path)' is damaged (\(detail)); nothing was written to it"
        case let .unreadable(path, reason):
            "cannot read the database '\(path)' (\(reason))"
        case let .newerSchema(unknown):
            "the database was migrated by a newer CaseWatch (unknown migrations: \(unknown.joined(separator: ", ")))"
        case let .duplicateEvent(id):
            "event '\(id)' is already stored; an event id is recorded once"
        case let .unknownCase(id):
            "case '\(id)' is not registered; its first event must be 'registered'"
        case let .caseAlreadyRegistered(id):
            "case '\(id)' is already registered; a case has one 'registered' event"
        case let .unknownUnit(id, neededBy):
            "unit '\(id)' (\(neededBy)) is not known; load it, or list it before the units below it"
        case let .unitCycle(ids):
            "units form a loop through their parents: \(ids.map(\.rawValue).joined(separator: " → ")); give the tree a single root path"
        case let .unknownBatch(id):
            "ingest batch \(id) does not exist; finish a batch that beginBatch returned"
        case let .batchAlreadyFinished(id):
            "ingest batch \(id) is already finished"
        case let .corrupt(detail):
            "the database holds data that does not read back: \(detail)"
        case let .sqlite(message):
            "SQLite: \(message)"
        case let .postgres(message):
            "PostgreSQL: \(message)"
        case let .notEmpty(location, holding):
            "\(location) already holds \(holding.joined(separator: ", ")); a copy goes into an empty store only, nothing was written"
        case let .fenced(holder, epoch):
            "\(holder) no longer holds the supervision lease of epoch \(epoch) (it expired, or another daemon took over); nothing of the transaction was stored"
        }
    }
}
