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
        let stream = rows.stream
        guard !stream.isEmpty else { return }
        let connection = connection, logger = logger
        try answer(to: "COPY \(table) (\(columns.joined(separator: ", "))) FROM STDIN") { (done: EventLoopPromise<Void>) in
            // On the connection's event loop, not the cooperative pool, which the thread waiting may belong to.
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
        }
    }
}
