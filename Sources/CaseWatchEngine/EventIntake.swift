import CaseWatchCore
import CaseWatchStore

/// What an append stored.
public struct IntakeOutcome: Sendable {
    /// Events stored.
    public var stored = 0
    /// Events skipped because they were already stored with the same content.
    public var duplicates = 0
    /// Transactions committed.
    public var batches = 0
}

/// Intake refused a batch while writing: the store changed under it (another process wrote the same
/// case), so the batch was rolled back whole.
public struct IntakeConflict: Error, CustomStringConvertible, Sendable {
    /// The record that no longer applies.
    public let problem: IntakeProblem

    /// The problem, with the remedy.
    public var description: String {
        "line \(problem.line): \(problem.message) (the case changed while ingesting; the batch was rolled back, earlier batches are stored; re-run to finish the file)"
    }
}

/// Appends intake records to the event log: checked first, then written in batches, each batch one
/// transaction (group commit) that stores its events and the projections of the cases they touch.
/// Idempotent by event id: a record already stored with the same content is skipped.
public struct EventIntake: Sendable {
    /// The store written to.
    public let store: CaseStore
    /// The policies cases are projected under.
    public let catalog: any PolicyCatalog
    /// Events per transaction.
    public let batchSize: Int

    /// Creates an intake.
    public init(store: CaseStore, catalog: any PolicyCatalog, batchSize: Int = 5_000) {
        precondition(batchSize > 0, "a batch holds at least one event")
        self.store = store
        self.catalog = catalog
        self.batchSize = batchSize
    }

    /// Checks records against the store without writing anything.
    public func check(_ records: [IntakeRecord]) throws -> IntakeCheck {
        try store.read { reader in try IntakeSimulation(catalog: catalog).run(records, reader: reader) }
    }

    /// Appends records in batches; `progress` is told the number of records handled after each batch.
    ///
    /// A batch whose records no longer apply (the store changed since `check`) is rolled back and
    /// ``IntakeConflict`` thrown; the batches before it stay stored.
    public func append(
        _ records: [IntakeRecord], source: String, recordedAt: Instant, progress: (Int) -> Void = { _ in }
    ) throws -> IntakeOutcome {
        var outcome = IntakeOutcome()
        var start = 0
        while start < records.count {
            let slice = records[start..<min(start + batchSize, records.count)]
            let written = try store.write { writer in try writeBatch(slice, source: source, at: recordedAt, writer: writer) }
            outcome.stored += written.stored
            outcome.duplicates += written.duplicates
            outcome.batches += 1
            start += slice.count
            progress(start)
        }
        return outcome
    }

    private func writeBatch(
        _ records: ArraySlice<IntakeRecord>, source: String, at: Instant, writer: StoreWriter
    ) throws -> (stored: Int, duplicates: Int) {
        let batch = try writer.beginBatch(source: source, at: at)
        var projections: [CaseID: CaseProjection] = [:]
        var stored = 0
        var duplicates = 0
        for record in records {
            let event = record.event
            if let existing = try writer.event(id: event.id) {
                guard existing.event == event else {
                    throw IntakeConflict(problem: IntakeProblem(line: record.line, message: "event id \(event.id) is already stored with different content", raw: record.raw))
                }
                duplicates += 1
                continue
            }
            if let unit = IntakeRules.unitNamed(by: event), try writer.unit(unit) == nil {
                throw IntakeConflict(problem: IntakeProblem(line: record.line, message: IntakeRules.unknownUnitMessage(unit), raw: record.raw))
            }
            let current = try projections[event.caseID] ?? writer.projection(of: event.caseID)
            do {
                projections[event.caseID] = try CaseLifecycle.apply(event, to: current, catalog: catalog)
            } catch {
                throw IntakeConflict(problem: IntakeProblem(line: record.line, message: error.reason, raw: record.raw))
            }
            try writer.insertEvent(event, batch: batch, recordedAt: at)
            stored += 1
        }
        for projection in projections.values {
            let fired = try writer.firedTiers(of: projection.caseID, cycle: projection.cycle)
            try writer.saveProjection(projection, nextStep: projection.nextStep(excluding: fired))
        }
        try writer.finishBatch(batch, events: stored, duplicates: duplicates, at: at)
        return (stored, duplicates)
    }
}
