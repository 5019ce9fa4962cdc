import CaseWatchCore
import GRDB

extension SQLiteStoreWriter {
    /// Appends an event to the log; a `registered` event also stores its case.
    ///
    /// Throws ``StoreError/duplicateEvent(_:)`` when the id is already stored,
    /// ``StoreError/unknownCase(_:)`` for an event of a case never registered,
    /// ``StoreError/caseAlreadyRegistered(_:)`` for a second registration, ``StoreError/unknownBatch(_:)``.
    /// A refused event writes nothing.
    public func insertEvent(_ event: CaseEvent, batch: Int64?, recordedAt: Instant) throws(StoreError) {
        guard case let .registered(category, urgency, policyVersion) = event.kind else {
            return try append(event, batch: batch, recordedAt: recordedAt)
        }
        try registerCase(event, category: category.description, urgency: urgency.rawValue, policyVersion: policyVersion)
        do {
            try append(event, batch: batch, recordedAt: recordedAt)
        } catch {
            try storeOperation {
                try db.cachedStatement(sql: "DELETE FROM cases WHERE id = ?").execute(arguments: [event.caseID.rawValue])
            }
            throw error
        }
    }

    /// Inserts the case row a `registered` event creates.
    private func registerCase(
        _ event: CaseEvent, category: String, urgency: String, policyVersion: String?
    ) throws(StoreError) {
        do {
            try db.cachedStatement(sql: """
                INSERT INTO cases (id, category, urgency, policy_version, registered_at) VALUES (?, ?, ?, ?, ?)
                """).execute(arguments: [event.caseID.rawValue, category, urgency, policyVersion, event.at.secondsSinceEpoch])
        } catch let error as DatabaseError where error.isUniquenessViolation {
            throw try reader.containsEvent(id: event.id) ? .duplicateEvent(event.id) : .caseAlreadyRegistered(event.caseID)
        } catch {
            throw StoreError(wrapping: error)
        }
    }

    /// Inserts the event row.
    private func append(_ event: CaseEvent, batch: Int64?, recordedAt: Instant) throws(StoreError) {
        do {
            try statements.execute(.insertEvent) { EventRow.bind(event, batch: batch, recordedAt: recordedAt, to: &$0) }
        } catch let error as DatabaseError where error.isUniquenessViolation {
            throw .duplicateEvent(event.id)
        } catch let error as DatabaseError where error.isForeignKeyViolation {
            throw try caseExists(event.caseID) ? .unknownBatch(batch ?? 0) : .unknownCase(event.caseID)
        } catch {
            throw StoreError(wrapping: error)
        }
    }

    /// Whether the case is registered.
    func caseExists(_ caseID: CaseID) throws(StoreError) -> Bool {
        try storeOperation {
            try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM cases WHERE id = ?"), arguments: [caseID.rawValue]) != nil
        }
    }
}
