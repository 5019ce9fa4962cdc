import CaseWatchEngine
import CaseWatchStore

/// What `init --replace` checks before it deletes a file: that it is a CaseWatch database no daemon
/// supervises.
enum ReplaceCheck {
    /// Refuses to delete `path` while a daemon holds its lock, or when it is not a CaseWatch database.
    static func requireReplaceable(_ path: String) throws(CommandFailure) {
        let daemon = SupervisorLock.inspect(forDatabase: path)
        if daemon.held {
            let holder = daemon.record.map { " (pid \($0.pid) on \($0.host))" } ?? ""
            throw CommandFailure(
                "\(path) is supervised by a running casewatchd\(holder); --replace never deletes a database in use: stop the daemon first, then run init --replace again"
            )
        }
        do {
            try SQLiteCaseStore.requireCaseWatchDatabase(at: path)
        } catch {
            throw CommandFailure(
                "--replace deletes only a CaseWatch database, and \(path) is not a sound one: \(error)\nNothing was deleted. If you mean to discard that file, move or delete it yourself, then run init again"
            )
        }
    }
}
