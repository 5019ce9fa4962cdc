import CaseWatchStore
import CaseWatchTesting
import Testing

extension ScratchStore {
    /// Runs each of `statements` around the store's API, in a transaction of its own, after dropping the
    /// audit table's append-only triggers, as an intruder with full access to the database would.
    func tamperWithAudit(_ backend: StoreBackend, _ statements: String...) throws {
        switch backend {
        case .sqlite: try tamper("DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete")
        case .postgres: try tamper("DROP TRIGGER IF EXISTS audit_append_only ON audit")
        }
        for statement in statements { try tamper(statement) }
    }

    /// Expects the database itself to refuse `sql`, run around the store's API, with a store error whose
    /// message contains `message` (each backend's trigger says it word for word).
    func expectRefusal(_ sql: String, saying message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            try tamper(sql)
            Issue.record("`\(sql)` was not refused", sourceLocation: sourceLocation)
        } catch {
            #expect(error is StoreError, "`\(sql)`", sourceLocation: sourceLocation)
            #expect("\(error)".contains(message), "`\(sql)`: \(error)", sourceLocation: sourceLocation)
        }
    }
}
