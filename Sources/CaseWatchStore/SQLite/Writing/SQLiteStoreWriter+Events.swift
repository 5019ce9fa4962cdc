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
        do {
            try insertRows(of: event, batch: batch, recordedAt: recordedAt)
        } catch let error as DatabaseError where error.isUniquenessViolation || error.isForeignKeyViolation {
            // The constraint that refused it does not say which rule broke; what is stored does.
            throw EventRefusal.error(
                for: event, batch: batch, idStored: try sqlite.containsEvent(id: event.id), caseRegistered: try caseExists(event.caseID)
            )
        } catch {
            throw StoreError(wrapping: error)
        }
    }

    /// Inserts the case row a `registered` event makes, then the event row; a refused event row takes the
    /// case row back with it, so that a refusal leaves what was stored before.
    private func insertRows(of event: CaseEvent, batch: Int64?, recordedAt: Instant) throws {
        var registration = StatementArguments()
        guard CaseRegistrationColumns.values(of: event, into: &registration) else {
            return try append(event, batch: batch, recordedAt: recordedAt)
        }
        try db.cachedStatement(sql: """
            INSERT INTO cases (\(CaseRegistrationColumns.list)) VALUES (?, ?, ?, ?, ?)
            """).execute(arguments: registration)
        do {
            try append(event, batch: batch, recordedAt: recordedAt)
        } catch {
            try db.cachedStatement(sql: "DELETE FROM cases WHERE id = ?").execute(arguments: [event.caseID.rawValue])
            throw error
        }
    }

    /// Inserts the event row.
    private func append(_ event: CaseEvent, batch: Int64?, recordedAt: Instant) throws {
        try statements.execute(.insertEvent) { EventColumns.values(of: event, batch: batch, recordedAt: recordedAt, into: &$0) }
    }

    /// Whether the case is registered.
    func caseExists(_ caseID: CaseID) throws(StoreError) -> Bool {
        try storeOperation {
            try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM cases WHERE id = ?"), arguments: [caseID.rawValue]) != nil
        }
    }
}
