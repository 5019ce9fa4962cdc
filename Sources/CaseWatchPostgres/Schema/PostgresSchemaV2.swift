/// Migration "pg-v2-statement-checks": the same rules on `case_events`, checked once per statement instead of
/// once per row, so that bulk intake is not spent on them.
///
/// pg-v1 checked each new event with two foreign keys (its case, its batch) and a PL/pgSQL JSON test. Each
/// foreign key runs a query of its own per row (`SELECT … FOR KEY SHARE` through SPI), and the JSON test
/// traps the cast's error, which costs a subtransaction per row; together they were about half of what the
/// server spent appending an event. Now:
///
/// - `case_events_references`, an `AFTER INSERT … FOR EACH STATEMENT` trigger, checks all of a statement's new
///   events at once: each names a registered case, and a batch that exists when it names one. It refuses with
///   SQLSTATE 23503 `foreign_key_violation`, as the foreign keys did.
/// - A foreign key also kept a referenced row from going: cases now refuse DELETE, TRUNCATE and a change of
///   id (`casewatch_rows_kept`; nothing in CaseWatch does either), and `ingest_batches` keeps its rows the same way.
/// - The JSON check is `json_typeof(fields::json) = 'object'`: text that is not JSON makes the cast throw
///   (SQLSTATE 22P02, "invalid input syntax for type json") where pg-v1's check failed (23514); either way the
///   row is refused. JSON that is not an object still fails the check.
///
/// Existing rows are not rewritten; the new check validates them as it is added (pg-v1's check already held).
enum PostgresSchemaV2 {
    /// The migration's identifier.
    static let identifier = "pg-v2-statement-checks"

    /// The statements, in order; they run in one transaction with the migrations before them.
    static let statements: [String] = [
        "ALTER TABLE case_events DROP CONSTRAINT case_events_case_id_fkey",
        "ALTER TABLE case_events DROP CONSTRAINT case_events_batch_id_fkey",
        "ALTER TABLE case_events DROP CONSTRAINT case_events_fields_check",
        "ALTER TABLE case_events ADD CONSTRAINT case_events_fields_check CHECK (json_typeof(fields::json) = 'object')",
        """
        CREATE FUNCTION case_events_references() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            orphan record;
        BEGIN
            -- One index probe per new event (a LATERAL subquery with OFFSET 0 is not made a join, which the
            -- planner could make a hash of the whole table).
            SELECT a.event_id, a.case_id, a.batch_id, f.has_case INTO orphan FROM added a CROSS JOIN LATERAL (
                SELECT EXISTS (SELECT 1 FROM cases c WHERE c.id = a.case_id) AS has_case,
                    a.batch_id IS NULL OR EXISTS (SELECT 1 FROM ingest_batches b WHERE b.id = a.batch_id) AS has_batch
                OFFSET 0
            ) f
            WHERE NOT (f.has_case AND f.has_batch) LIMIT 1;
            IF FOUND AND NOT orphan.has_case THEN
                RAISE EXCEPTION 'case_events: event "%" names case "%", which is not registered', orphan.event_id, orphan.case_id
                    USING ERRCODE = 'foreign_key_violation', HINT = 'register the case (its registered event) first';
            END IF;
            IF FOUND THEN
                RAISE EXCEPTION 'case_events: event "%" names ingest batch %, which does not exist', orphan.event_id, orphan.batch_id
                    USING ERRCODE = 'foreign_key_violation', HINT = 'begin the batch first';
            END IF;
            RETURN NULL;
        END
        $$
        """,
        """
        CREATE TRIGGER case_events_references AFTER INSERT ON case_events REFERENCING NEW TABLE AS added
        FOR EACH STATEMENT EXECUTE FUNCTION case_events_references()
        """,
        """
        CREATE FUNCTION casewatch_rows_kept() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '% is kept: a row cannot be deleted or given another id', TG_TABLE_NAME
                USING ERRCODE = 'restrict_violation';
        END
        $$
        """,
        "CREATE TRIGGER cases_kept BEFORE DELETE OR UPDATE OF id ON cases FOR EACH ROW EXECUTE FUNCTION casewatch_rows_kept()",
        "CREATE TRIGGER cases_kept_truncate BEFORE TRUNCATE ON cases FOR EACH STATEMENT EXECUTE FUNCTION casewatch_rows_kept()",
        "CREATE TRIGGER ingest_batches_kept BEFORE DELETE OR UPDATE OF id ON ingest_batches FOR EACH ROW EXECUTE FUNCTION casewatch_rows_kept()",
        "CREATE TRIGGER ingest_batches_kept_truncate BEFORE TRUNCATE ON ingest_batches FOR EACH STATEMENT EXECUTE FUNCTION casewatch_rows_kept()",
    ]
}
