import CaseWatchCore

/// Why the log refused an event, for both backends: which of ``EventLogWriting/insertEvent(_:batch:recordedAt:)``'s
/// errors applies, from what was stored before the call.
package enum EventRefusal {
    /// The error for `event`, refused with `batch`, when its id was already stored (`idStored`) and its
    /// case registered (`caseRegistered`) before the call.
    ///
    /// A stored id wins over everything (a duplicate is what a re-sent batch meets, and intake skips it); a
    /// second registration wins over an unknown batch, and a case never registered over an unknown batch:
    /// the order in which SQLite's constraints refuse them. Only a refused event reaches this: a known
    /// batch with a new id and a case in the right state is stored, so the batch is unknown then.
    package static func error(
        for event: CaseEvent, batch: Int64?, idStored: Bool, caseRegistered: Bool
    ) -> StoreError {
        if idStored { return .duplicateEvent(event.id) }
        let registers = event.kind.type == .registered
        if registers, caseRegistered { return .caseAlreadyRegistered(event.caseID) }
        if !registers, !caseRegistered { return .unknownCase(event.caseID) }
        return .unknownBatch(batch ?? 0)
    }
}
