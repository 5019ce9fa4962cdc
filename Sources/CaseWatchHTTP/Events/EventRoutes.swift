import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Hummingbird

/// `POST /v1/events` (scope ingest): appends events, read from a JSON array or NDJSON, with the checks and
/// the idempotency of `casewatch ingest`; all or nothing unless `skip_invalid=true`; durable before the
/// answer; the supervision follows the log at once after a request stored events.
enum EventRoutes {
    /// The `source` recorded with every ingest batch this route writes.
    static let batchSource = "POST /v1/events"

    /// Adds the route to the `/v1` group.
    static func add(to v1: RouterGroup<APIContext>, environment: APIEnvironment) {
        let commits = IngestGroupCommit(store: environment.store)
        v1.post("events") { request, context in
            let principal = try context.require(.ingest)
            return try await ingest(request, by: principal, environment: environment, commits: commits)
        }
    }

    /// Reads, checks and stores the request's events.
    static func ingest(
        _ request: Request, by principal: Principal, environment: APIEnvironment, commits: IngestGroupCommit
    ) async throws -> IngestAnswer {
        let options = try IngestOptions(of: request)
        let format = try EventBodyFormat(of: request)
        let body = try await EventBody.collect(request, limit: environment.limits.maxBodyBytes)
        let policies = environment.policies.current
        let intake = EventIntake(store: environment.store, catalog: policies)
        let receivedAt = environment.clock.now
        // Reading and checking hold a thread for a while (and the check reads the store): off the pool.
        let (parse, check) = try await BlockingWork.run("casewatch.http.events.check") {
            var parse = try EventBody.parse(body, format: format)
            parse.refuseFutureDated(recordedAt: receivedAt)
            return (parse, try intake.check(parse.records))
        }
        let zone = policies.displayZone
        let rejected = (parse.problems + check.problems).sorted { $0.line < $1.line }.map { $0.record(zone: zone) }
        if !rejected.isEmpty, !options.skipInvalid {
            throw Problem(
                .invalidEvents,
                "\(rejected.count) of the request's events cannot be stored (see errors); nothing was stored. Fix them, or send ?skip_invalid=true to store the valid ones",
                errors: rejected
            )
        }
        var written: IntakeBatchWrite?
        if !check.accepted.isEmpty {
            do {
                written = try await commits.write(
                    check, intake: intake, source: batchSource, actor: principal.auditActor, recordedAt: receivedAt
                )
            } catch let conflict as IntakeConflict {
                throw Problem(
                    .intakeConflict,
                    "the store changed while the request was written (another writer stored the same case or event id); nothing of this request was stored. Send it again",
                    errors: [conflict.problem.record(zone: zone)]
                )
            }
            if let stored = written?.stored, stored > 0 {
                environment.metrics.eventsIngested(stored)
                // The supervision reads them now; the wall, told of every follow, looks again.
                environment.link.followNow()
            }
        }
        return IngestAnswer(
            stored: written?.stored ?? 0, duplicates: check.duplicates + (written?.duplicates ?? 0), rejected: rejected,
            batch: written?.batch, droppedFields: parse.droppedFields
        )
    }
}
