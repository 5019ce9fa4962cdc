import CaseWatchStore
import Foundation
import Logging
import PostgresNIO

/// The connections of one PostgreSQL store: at most ``maximum`` open, made when needed, handed to one
/// transaction at a time; a caller waits when all are busy. A connection that failed is closed and
/// replaced by a new one the next time one is needed.
final class PostgresConnectionPool: @unchecked Sendable {
    /// The most connections open at once.
    let maximum: Int
    private let connector: PostgresConnector
    private let logger: Logger
    /// Guards ``idle`` and ``open``; waited on while every connection is busy.
    private let condition = NSCondition()
    private var idle: [PostgresConnection] = []
    private var open = 0
    private var closed = false

    /// What every connection sets first: a transaction left idle longer than this is ended by the server.
    /// A live transaction of the store never waits that long between statements; one of a frozen
    /// (SIGSTOP) or cut-off process holds the store's write lock, and perhaps the supervision lease's row,
    /// which a standby's takeover waits for: the server ends it within seconds, never the lease's length later.
    static let sessionSetup = "SET idle_in_transaction_session_timeout = '5s'"

    init(connector: PostgresConnector, maximum: Int, logger: Logger) {
        precondition(maximum >= 1, "a pool holds at least one connection")
        self.connector = connector
        self.maximum = maximum
        self.logger = logger
    }

    /// Runs `body` with a connection of its own, and takes the connection back after; one that failed
    /// (closed under it) is not reused.
    func withSession<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        let connection = try checkOut()
        defer { checkIn(connection) }
        return try body(PostgresSession(connection: connection, logger: logger))
    }

    /// An idle connection, or a new one while fewer than ``maximum`` are open; otherwise waits for one.
    private func checkOut() throws -> PostgresConnection {
        condition.lock()
        while true {
            if closed {
                condition.unlock()
                throw StoreError.postgres("the store is closed")
            }
            if let connection = idle.popLast() {
                if connection.isClosed {
                    open -= 1
                    continue
                }
                condition.unlock()
                return connection
            }
            if open < maximum {
                open += 1
                condition.unlock()
                do {
                    let connection = try connector.connect(logger: logger)
                    do {
                        _ = try connection.query(PostgresQuery(unsafeSQL: Self.sessionSetup), logger: logger).wait()
                    } catch {
                        try? connection.close().wait()
                        throw StoreError(postgres: error, sql: Self.sessionSetup)
                    }
                    return connection
                } catch {
                    condition.lock()
                    open -= 1
                    condition.signal()
                    condition.unlock()
                    throw error
                }
            }
            condition.wait()
        }
    }

    /// Takes a connection back: idle again while it is open, else forgotten.
    private func checkIn(_ connection: PostgresConnection) {
        condition.lock()
        if connection.isClosed || closed {
            open -= 1
            condition.signal()
            condition.unlock()
            if !connection.isClosed { try? connection.close().wait() }
            return
        }
        idle.append(connection)
        condition.signal()
        condition.unlock()
    }

    /// Closes the idle connections (they reopen when needed).
    func closeIdle() {
        condition.lock()
        let connections = idle
        idle = []
        open -= connections.count
        condition.unlock()
        for connection in connections { try? connection.close().wait() }
    }

    /// Closes every connection as it becomes idle; later checkouts fail.
    func close() {
        condition.lock()
        closed = true
        condition.unlock()
        closeIdle()
    }
}
