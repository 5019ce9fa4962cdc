/// Migration "v5-assessed-columns": what assessment reads of a projection, as columns.
///
/// Assessment needs, of each case of a period, its policy version, unit, both deadlines (due as first
/// computed, extended due, met instant, provisional and explicit flags), closing instant, satisfaction and
/// reopen count. Until v4 it skimmed them out of the projection's JSON (`state`), which put the JSON's
/// format in a third place; from v5 the writer stores them beside `state` and assessment reads them with
/// SQL. `unit_id`, `resolve_due` (first computed) and `resolve_due_effective` exist since v1; `accept_due`
/// is the accept deadline in force, so the first-computed one gets a column of its own.
///
/// Rows written by earlier versions are filled in from their `state` by the migration itself.
enum SchemaV5 {
    /// The migration's identifier.
    static let identifier = "v5-assessed-columns"

    /// The statements, in order.
    static let statements: [String] = [
        "ALTER TABLE projections ADD COLUMN policy_version TEXT",
        "ALTER TABLE projections ADD COLUMN closed_at INTEGER",
        "ALTER TABLE projections ADD COLUMN satisfaction TEXT",
        "ALTER TABLE projections ADD COLUMN reopens INTEGER NOT NULL DEFAULT 0 CHECK (reopens >= 0)",
        "ALTER TABLE projections ADD COLUMN accept_due_original INTEGER",
        "ALTER TABLE projections ADD COLUMN accept_extended_due INTEGER",
        "ALTER TABLE projections ADD COLUMN accept_met_at INTEGER",
        "ALTER TABLE projections ADD COLUMN accept_provisional INTEGER CHECK (accept_provisional IN (0, 1))",
        "ALTER TABLE projections ADD COLUMN accept_explicit INTEGER CHECK (accept_explicit IN (0, 1))",
        "ALTER TABLE projections ADD COLUMN resolve_extended_due INTEGER",
        "ALTER TABLE projections ADD COLUMN resolve_met_at INTEGER",
        "ALTER TABLE projections ADD COLUMN resolve_provisional INTEGER CHECK (resolve_provisional IN (0, 1))",
        "ALTER TABLE projections ADD COLUMN resolve_explicit INTEGER CHECK (resolve_explicit IN (0, 1))",
        """
        UPDATE projections SET
            policy_version = json_extract(state, '$.policyVersion'),
            closed_at = json_extract(state, '$.closedAt'),
            satisfaction = json_extract(state, '$.satisfaction'),
            reopens = coalesce(json_extract(state, '$.reopens'), 0),
            accept_due_original = json_extract(state, '$.accept.due'),
            accept_extended_due = json_extract(state, '$.accept.extendedDue'),
            accept_met_at = json_extract(state, '$.accept.metAt'),
            accept_provisional = json_extract(state, '$.accept.provisional'),
            accept_explicit = json_extract(state, '$.accept.explicit'),
            resolve_extended_due = json_extract(state, '$.resolve.extendedDue'),
            resolve_met_at = json_extract(state, '$.resolve.metAt'),
            resolve_provisional = json_extract(state, '$.resolve.provisional'),
            resolve_explicit = json_extract(state, '$.resolve.explicit')
        """,
    ]
}
