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
        try answer(to: sql) { answer in
            connection.query(PostgresQuery(unsafeSQL: sql, binds: try PostgresBindings(values)), logger: logger).cascade(to: answer)
        }
    }

    /// Starts `sql` with `start`, which completes the promise it is given with the server's answer, and waits
    /// for that answer or the connection's end, whichever comes first; a failure keeps its SQLSTATE.
    func answer<T: Sendable>(to sql: String, _ start: (EventLoopPromise<T>) throws -> Void) throws(PostgresFailure) -> T {
        // A statement written to a connection already closed (the server restarted, or cut it) is dropped
        // by the channel and its answer never comes: say at once that the connection was lost.
        guard !connection.isClosed else {
            throw PostgresFailure(storeError: .connectionLost("the connection was closed"), sqlState: nil)
        }
        do {
            // A statement written while the connection closes (a process resumed after the server cut its
            // transaction) is dropped too, and waiting for its answer alone would wait forever.
            let answer = connection.eventLoop.makePromise(of: T.self)
            connection.closeFuture.whenComplete { _ in answer.fail(ConnectionEnded()) }
            try start(answer)
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
private struct ConnectionEnded: Error {}
