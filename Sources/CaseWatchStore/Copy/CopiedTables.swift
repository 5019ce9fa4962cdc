/// What `casewatch copy` moves from one store to another: every table of CaseWatch's schema, parents before
/// children, each in its key's order, with the columns that name a row of their own table (a parent unit,
/// the sign-off one was passed up to) written after every row is in.
public enum CopiedTables {
    /// A table and how it is copied.
    public struct Table: Sendable, Hashable {
        /// Its name, the same in both stores.
        public let name: String
        /// The column its rows are read in the order of (its key).
        public let key: String
        /// A column naming another row of the same table, written once all rows are in; nil when none.
        public let selfReference: String?
    }

    /// Every table, parents first.
    public static let all: [Table] = [
        Table(name: "meta", key: "key", selfReference: nil),
        Table(name: "units", key: "id", selfReference: "parent_id"),
        Table(name: "leaders", key: "id", selfReference: nil),
        Table(name: "cases", key: "id", selfReference: nil),
        Table(name: "ingest_batches", key: "id", selfReference: nil),
        Table(name: "case_events", key: "seq", selfReference: nil),
        Table(name: "projections", key: "case_id", selfReference: nil),
        Table(name: "escalations", key: "id", selfReference: nil),
        Table(name: "signoffs", key: "id", selfReference: "escalated_to"),
        Table(name: "ledger", key: "id", selfReference: nil),
        Table(name: "audit", key: "seq", selfReference: nil),
        Table(name: "notices", key: "id", selfReference: nil),
        Table(name: "deliveries", key: "id", selfReference: nil),
        Table(name: "delivery_attempts", key: "id", selfReference: nil),
        Table(name: "api_keys", key: "id", selfReference: nil),
    ]
}
