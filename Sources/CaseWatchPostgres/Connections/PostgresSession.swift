import CaseWatchStore
import Logging
import PostgresNIO

/// One connection of the PostgreSQL store, checked out for one transaction; every call blocks until the
/// server answers, so it runs on a thread that may block (never an event loop, never the cooperative pool).
struct PostgresSession {
    /// The connection.
    let connection: PostgresConnection
    /// Where the connection's events are logged.
    let logger: Logger

    /// Runs `sql` with `values` bound to `$1`, `$2`, … and returns its whole result.
    func query(_ sql: String, _ values: [any PostgresBindable] = []) throws(PostgresFailure) -> PostgresQueryResult {
        // A statement written to a connection already closed (the server restarted, or cut it) is dropped
        // by the channel and its answer never comes: say at once that the connection was lost.
        guard !connection.isClosed else {
            throw PostgresFailure(storeError: .connectionLost("the connection was closed"), sqlState: nil)
        }
        do {
            // The answer, or the connection's end, whichever comes first: a statement written while the
            // connection closes (a process resumed after the server cut its transaction) is dropped too, and
            // waiting for its answer alone would wait forever.
            let answer = connection.eventLoop.makePromise(of: PostgresQueryResult.self)
            connection.closeFuture.whenComplete { _ in answer.fail(ConnectionEnded()) }
            connection.query(PostgresQuery(unsafeSQL: sql, binds: try PostgresBindings(values)), logger: logger).cascade(to: answer)
            return try answer.futureResult.wait()
        } catch is ConnectionEnded {
            throw PostgresFailure(storeError: .connectionLost("the connection was closed"), sqlState: nil)
        } catch {
            throw PostgresFailure(storeError: StoreError(postgres: error, sql: sql), sqlState: StoreError.sqlState(of: error))
        }
    }

    /// The rows `sql` returns.
    func rows(_ sql: String, _ values: [any PostgresBindable] = []) throws(StoreError) -> [PostgresColumns] {
        do {
            return try query(sql, values).map(PostgresColumns.init)
        } catch {
            throw error.storeError
        }
    }

    /// The first row `sql` returns, nil when none.
    func row(_ sql: String, _ values: [any PostgresBindable] = []) throws(StoreError) -> PostgresColumns? {
        do {
            return try query(sql, values).first.map(PostgresColumns.init)
        } catch {
            throw error.storeError
        }
    }

    /// Runs `sql` and returns how many rows it inserted, updated or deleted.
    @discardableResult
    func execute(_ sql: String, _ values: [any PostgresBindable] = []) throws(StoreError) -> Int {
        do {
            return try query(sql, values).metadata.rows ?? 0
        } catch {
            throw error.storeError
        }
    }
}

/// The connection ended before a statement's answer came.
struct ConnectionEnded: Error {}
