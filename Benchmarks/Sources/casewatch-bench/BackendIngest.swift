import BenchSupport
import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Foundation

/// Durable intake on each backend through the engine's own path (`EventIntake`: check against the store,
/// then append in transactions of 5,000 events), from one writer and from several at once, each writer
/// with a store (a connection, or a pool) of its own and cases of its own, as several hosts would ingest.
struct BackendIngest {
    let stores: BackendStores
    let catalog: PolicySet
    /// Events each writer stores.
    let eventsPerWriter: Int

    static let units = (0..<200).map { OrgUnit(id: UnitID("u\($0)"), name: "unit \($0)", level: .community, parent: nil) }

    /// Events per second end to end (check and append) with `writers` writers on a new store; the location
    /// of the store filled.
    func run(_ backend: BackendStores.Backend, writers: Int) throws -> (eventsPerSecond: Double, location: String) {
        let location = try stores.newLocation(backend)
        try stores.open(location).write { try $0.upsertUnits(Self.units) }
        let zone = catalog.calendar(for: catalog.policies.last!).zone
        let batches = (0..<writers).map {
            SyntheticEvents.make(count: eventsPerWriter, units: Self.units.map(\.id), zone: zone, prefix: "W\($0)-")
        }
        let intakes = try (0..<writers).map { _ in EventIntake(store: try stores.open(location), catalog: catalog) }
        let failures = Failures()
        let started = ContinuousClock.now
        DispatchQueue.concurrentPerform(iterations: writers) { index in
            do {
                let intake = intakes[index]
                let check = try intake.check(batches[index])
                guard check.problems.isEmpty else { throw BenchFailure("intake refused \(check.problems.count) events: \(check.problems.prefix(3))") }
                let outcome = try intake.append(check, source: "bench-\(index)", recordedAt: Instant(secondsSinceEpoch: 1_790_000_000))
                guard outcome.stored == batches[index].count else { throw BenchFailure("stored \(outcome.stored) of \(batches[index].count)") }
            } catch {
                failures.add(error)
            }
        }
        let elapsed = seconds(ContinuousClock.now - started)
        if let failure = failures.first { throw failure }
        return (Double(writers * eventsPerWriter) / elapsed, location)
    }
}

/// Errors gathered from concurrent work.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [any Error] = []

    func add(_ error: any Error) { lock.withLock { errors.append(error) } }
    var first: (any Error)? { lock.withLock { errors.first } }
}
