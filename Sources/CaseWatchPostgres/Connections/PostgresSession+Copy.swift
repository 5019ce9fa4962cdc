import CaseWatchStore
import NIOCore
import PostgresNIO

extension PostgresSession {
    /// Appends `rows` to `table`'s `columns` with `COPY … FROM STDIN`, blocking until the server has them all.
    ///
    /// Throws the server's refusal as a ``PostgresFailure`` with its SQLSTATE (the transaction is then aborted
    /// up to its last savepoint), or "connection lost" when the connection ends first. `table` and `columns`
    /// are the store's own names, never input.
    func copy(_ rows: PostgresCopyText, into table: String, columns: [String]) throws(PostgresFailure) {
        let statement = "COPY \(table) (\(columns.joined(separator: ", "))) FROM STDIN"
        guard !connection.isClosed else {
            throw PostgresFailure(storeError: .connectionLost("the connection was closed"), sqlState: nil)
        }
        let stream = rows.stream
        guard !stream.isEmpty else { return }
        let connection = connection, logger = logger
        let done = connection.eventLoop.makePromise(of: Void.self)
        connection.closeFuture.whenComplete { _ in done.fail(ConnectionEnded()) }
        // On the connection's event loop, not the cooperative pool, which the thread waiting below may belong to.
        Task(executorPreference: EventLoopTaskExecutor(connection.eventLoop)) {
            do {
                try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in
                    try await writer.write(ByteBuffer(bytes: stream))
                }
                done.succeed(())
            } catch {
                done.fail(error)
            }
        }
        do {
            try done.futureResult.wait()
        } catch is ConnectionEnded {
            throw PostgresFailure(storeError: .connectionLost("the connection was closed"), sqlState: nil)
        } catch {
            throw PostgresFailure(storeError: StoreError(postgres: error, sql: statement), sqlState: StoreError.sqlState(of: error))
        }
    }
}
