import CaseWatchCore
import Foundation
import Logging
import PostgresNIO

/// Wakes a follower of a PostgreSQL store when a write transaction commits: every write transaction of
/// ``PostgresCaseStore`` sends a notification on ``channel`` (delivered at its commit, never for a rollback),
/// and the watch LISTENs on a connection of its own.
///
/// A notification only wakes: the follower then reads what was committed, and keeps its slow periodic read
/// for notifications that never come (a connection cut between two reconnects). When the connection drops,
/// the watch wakes the follower at once and reconnects (after 1 s, doubling to 30 s), waking it again once
/// listening. ``start(location:queue:logger:onChange:)`` returns nil when the server refuses LISTEN (some
/// servers that speak PostgreSQL's protocol lack it) or cannot be reached: the follower then reads periodically.
public final class PostgresWriteWatch: @unchecked Sendable {
    /// The channel every write transaction notifies.
    public static let channel = "casewatch_written"

    private let connector: PostgresConnector
    private let queue: DispatchQueue
    private let logger: Logger
    private let onChange: @Sendable () -> Void
    /// Guards ``connection``, ``isCancelled`` and ``retry``.
    private let lock = NSLock()
    private var connection: PostgresConnection?
    private var isCancelled = false
    private var retry: Duration = .seconds(1)

    private init(connector: PostgresConnector, queue: DispatchQueue, logger: Logger, onChange: @escaping @Sendable () -> Void) {
        self.connector = connector
        self.queue = queue
        self.logger = logger
        self.onChange = onChange
    }

    /// Starts listening for the writes to the store at `location`, calling `onChange` on `queue` after each
    /// committed write (several close together may wake it once); nil when the server cannot be listened to.
    ///
    /// Blocks while it connects: call it off Swift's cooperative pool.
    public static func start(
        location: PostgresLocation, queue: DispatchQueue, logger: Logger = Logger(label: "casewatch.postgres.watch"),
        onChange: @escaping @Sendable () -> Void
    ) -> PostgresWriteWatch? {
        let watch = PostgresWriteWatch(connector: PostgresConnector(location: location), queue: queue, logger: logger, onChange: onChange)
        do {
            try watch.listen()
        } catch {
            logger.notice("cannot LISTEN for the store's writes; reading periodically instead", metadata: ["error": "\(error)"])
            return nil
        }
        return watch
    }

    /// Stops listening and closes the connection.
    public func cancel() {
        let connection = lock.withLock {
            isCancelled = true
            defer { self.connection = nil }
            return self.connection
        }
        connection?.close().whenComplete { _ in }
    }

    /// Connects, LISTENs (confirmed by the server before it returns) and keeps the connection.
    private func listen() throws {
        let connection = try connector.connect(logger: logger)
        connection.addListener(channel: Self.channel) { [queue, onChange] _, _ in queue.async { onChange() } }
        do {
            _ = try connection.query(PostgresQuery(unsafeSQL: "LISTEN \(Self.channel)"), logger: logger).wait()
        } catch {
            try? connection.close().wait()
            throw error
        }
        let kept = lock.withLock { () -> Bool in
            guard !isCancelled else { return false }
            self.connection = connection
            retry = .seconds(1)
            return true
        }
        guard kept else {
            try? connection.close().wait()
            return
        }
        connection.closeFuture.whenComplete { [weak self] _ in self?.lost(connection) }
    }

    /// The connection ended: wake the follower (writes may have gone unheard) and reconnect later.
    private func lost(_ dropped: PostgresConnection) {
        let again = lock.withLock { () -> Duration? in
            guard !isCancelled, connection === dropped else { return nil }
            connection = nil
            return retry
        }
        guard let again else { return }
        logger.warning("the connection listening for the store's writes ended; reconnecting", metadata: ["in": "\(again)"])
        queue.async(execute: onChange)
        scheduleReconnect(after: again)
    }

    private func scheduleReconnect(after delay: Duration) {
        queue.asyncAfter(deadline: .now() + .nanoseconds(Int(delay.nanoseconds))) { [weak self] in
            guard let self, !self.lock.withLock({ self.isCancelled }) else { return }
            // Connecting blocks, so it runs on a global queue, never the follower's.
            DispatchQueue.global().async {
                do {
                    try self.listen()
                    self.queue.async(execute: self.onChange)
                } catch {
                    let next = self.lock.withLock { () -> Duration in
                        self.retry = min(self.retry * 2, .seconds(30))
                        return self.retry
                    }
                    self.scheduleReconnect(after: next)
                }
            }
        }
    }
}
