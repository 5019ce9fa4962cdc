import CaseWatchCore
import CaseWatchStore

/// What one part of a shared transaction stored: one ingest batch.
public struct IntakeBatchWrite: Sendable, Hashable {
    /// Events stored.
    public let stored: Int
    /// Events skipped because they were already stored with the same content.
    public let duplicates: Int
    /// The ingest batch's id.
    public let batch: Int64
    /// The cases whose projection (and next step) the batch changed.
    public let touched: Set<CaseID>
}

extension EventIntake {
    /// Writes `records` as one ingest batch from `source`, audited as `actor`, inside a transaction the caller
    /// holds open (group commit: several callers' batches share one durable commit).
    ///
    /// The batch runs in a savepoint: when its records no longer apply (``IntakeConflict``), only they are
    /// rolled back and the transaction goes on for the others. Nothing is durable until the caller commits.
    public func write(
        _ records: [IntakeRecord], source: String, actor: String, recordedAt: Instant, into writer: any StoreWriter
    ) throws -> IntakeBatchWrite {
        try write(records, simulated: nil, source: source, actor: actor, recordedAt: recordedAt, into: writer)
    }

    /// Writes the records `check` (made by this intake's ``check(_:)``) accepted, as
    /// ``write(_:source:actor:recordedAt:into:)`` does; a case the store still holds as the check read it takes
    /// the check's projections instead of running the lifecycle again.
    public func write(
        _ check: IntakeCheck, source: String, actor: String, recordedAt: Instant, into writer: any StoreWriter
    ) throws -> IntakeBatchWrite {
        try write(check.accepted, simulated: check.simulatedSteps, source: source, actor: actor, recordedAt: recordedAt, into: writer)
    }

    private func write(
        _ records: [IntakeRecord], simulated: [SimulatedStep]?, source: String, actor: String, recordedAt: Instant,
        into writer: any StoreWriter
    ) throws -> IntakeBatchWrite {
        let written = try writer.inSavepoint {
            try writeBatch(records[...], simulated: simulated, source: source, actor: actor, at: recordedAt, writer: writer)
        }
        return IntakeBatchWrite(stored: written.stored, duplicates: written.duplicates, batch: written.batch, touched: written.touched)
    }
}
