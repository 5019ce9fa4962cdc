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
    /// The cases whose projection (and next step) the append changed.
    public var touched: Set<CaseID> = []
}

/// Intake refused a batch while writing: the store changed under it (another process wrote the same
/// case), so the batch was rolled back whole; the batches before it stay stored.
public struct IntakeConflict: Error, Hashable, Sendable {
    /// The record that no longer applies.
    public let problem: IntakeProblem
}

/// Appends intake records to the event log: checked first, then written in batches, each batch one
/// transaction (group commit) that stores its events and the projections of the cases they touch.
/// Idempotent by event id: a record already stored with the same content is skipped.
public struct EventIntake: Sendable {
    /// The store written to.
    public let store: any CaseStore
    /// The policies cases are projected under.
    public let catalog: any PolicyCatalog
    /// Events per transaction.
    public let batchSize: Int

    /// Creates an intake.
    public init(store: any CaseStore, catalog: any PolicyCatalog, batchSize: Int = 5_000) {
        precondition(batchSize > 0, "a batch holds at least one event")
        self.store = store
        self.catalog = VariantPolicyCatalog(catalog)
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
        try append(records, simulated: nil, source: source, recordedAt: recordedAt, progress: progress)
    }

    /// Appends the records `check` (made by this intake's ``check(_:)``) accepted, as
    /// ``append(_:source:recordedAt:progress:)`` does; a case the store still holds as the check read it
    /// takes the check's projections instead of running the lifecycle again.
    public func append(
        _ check: IntakeCheck, source: String, recordedAt: Instant, progress: (Int) -> Void = { _ in }
    ) throws -> IntakeOutcome {
        try append(check.accepted, simulated: check.simulatedSteps, source: source, recordedAt: recordedAt, progress: progress)
    }

    private func append(
        _ records: [IntakeRecord], simulated: [SimulatedStep]?, source: String, recordedAt: Instant, progress: (Int) -> Void
    ) throws -> IntakeOutcome {
        var outcome = IntakeOutcome()
        var start = 0
        while start < records.count {
            let slice = records[start..<min(start + batchSize, records.count)]
            let written = try store.write { writer in
                try writeBatch(slice, simulated: simulated, source: source, actor: IntakeAudit.actor, at: recordedAt, writer: writer)
            }
            outcome.stored += written.stored
            outcome.duplicates += written.duplicates
            outcome.touched.formUnion(written.touched)
            outcome.batches += 1
            start += slice.count
            progress(start)
        }
        return outcome
    }

    /// Writes `records` as one ingest batch from `source`, audited as `actor`, in the writer's transaction;
    /// `simulated`, when given, holds the check's step for each record at the same index.
    ///
    /// The transaction holds the store's write lock, so what it reads first stays true to its end: the
    /// stored ids among the batch's and the cases' projections are read in bulk, the lifecycle runs in
    /// memory, and the events, fired tiers and projections go to the store in bulk (one statement each on a
    /// backend across a network).
    func writeBatch(
        _ records: ArraySlice<IntakeRecord>, simulated: [SimulatedStep]?, source: String, actor: String, at: Instant, writer: any StoreWriter
    ) throws -> (stored: Int, duplicates: Int, touched: Set<CaseID>, batch: Int64) {
        let batch = try writer.beginBatch(source: source, at: at)
        var units = Set(try writer.units().map(\.id))
        let storedIDs = try writer.reader.storedEventIDs(among: records.map(\.event.id))
        let storedCases = try writer.reader.projectionsAndNextSteps(of: Array(Set(records.map(\.event.caseID))))
        var projections: [CaseID: CaseProjection] = [:]
        var owed = OwedSteps()
        var pending: [(CaseEvent, recordedAt: Instant)] = []
        var inBatch: Set<EventID> = []
        var stored = 0
        var duplicates = 0
        for index in records.indices {
            let record = records[index]
            let event = record.event
            if storedIDs.contains(event.id) || inBatch.contains(event.id) {
                // Stored before this batch (by another process since `check`) or earlier in it: a duplicate,
                // or a conflict when its content differs.
                try writer.insertEvents(pending, batch: batch)
                pending.removeAll(keepingCapacity: true)
                guard try isStoredDuplicate(record, writer: writer) else {
                    throw StoreError.corrupt("event '\(event.id)' was read as stored and then not found")
                }
                duplicates += 1
                continue
            }
            if let unit = IntakeRules.unitNamed(by: event), !units.contains(unit) {
                guard try writer.unit(unit) != nil else {
                    throw IntakeConflict(problem: IntakeProblem(line: record.line, reason: .unknownUnit(unit), raw: record.raw))
                }
                units.insert(unit)
            }
            let current: CaseProjection?
            if let known = projections[event.caseID] {
                current = known
            } else {
                let storedCase = storedCases[event.caseID]
                owed.remember(storedNext: storedCase?.1, of: event.caseID)
                current = storedCase?.0
                if storedCase == nil { owed.registered(event.caseID) }
            }
            let next: CaseProjection
            do {
                if let step = simulated?[index], step.eventID == event.id, step.before == current {
                    // The case is as the check saw it before this record: the lifecycle would do the same again.
                    next = step.after
                } else {
                    next = try CaseLifecycle.apply(event, to: current, catalog: catalog)
                }
            } catch {
                throw IntakeConflict(problem: IntakeProblem(line: record.line, reason: .refusedTransition(error.reason), raw: record.raw))
            }
            pending.append((event, at))
            inBatch.insert(event.id)
            try owed.note(before: event, current: current, writer: writer)
            projections[event.caseID] = next
            stored += 1
        }
        try writer.insertEvents(pending, batch: batch)
        let earlier = projections.values.filter { !owed.registeredHere.contains($0.caseID) }
        let fired = try writer.reader.firedTiers(of: Dictionary(uniqueKeysWithValues: earlier.map { ($0.caseID, $0.cycle) }))
        try writer.saveProjections(projections.values.map { projection in
            (projection, owed.nextStep(of: projection, excluding: fired[projection.caseID] ?? []))
        })
        try writer.finishBatch(batch, events: stored, duplicates: duplicates, at: at)
        try writer.appendAudit(at: at, actor: actor, action: "ingest.batch", detail: AuditDetail.json([
            "batch": "\(batch)", "source": source, "events": "\(stored)", "duplicates": "\(duplicates)",
        ]))
        return (stored, duplicates, Set(projections.keys), batch)
    }

    /// Whether the record's event is already stored with the same content; an event stored with other
    /// content is a conflict.
    private func isStoredDuplicate(_ record: IntakeRecord, writer: any StoreWriter) throws -> Bool {
        guard let existing = try writer.event(id: record.event.id) else { return false }
        guard existing.event == record.event else {
            throw IntakeConflict(problem: IntakeProblem(
                line: record.line, reason: .eventIDStoredWithOtherContent(record.event.id, logEntry: existing.seq), raw: record.raw
            ))
        }
        return true
    }
}
