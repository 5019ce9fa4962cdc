import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchExport
import CaseWatchStore
import Hummingbird

/// `GET /v1/assessment` (scope read): the units scored and ranked for a period, as `casewatch assess` makes
/// it (``AssessmentRun``, rendered by ``AssessmentExport``), in JSON, CSV or HTML with the matching
/// `Content-Type`.
enum AssessmentRoutes {
    /// Adds the route to the `/v1` group.
    static func add(to v1: RouterGroup<APIContext>, environment: APIEnvironment) {
        v1.get("assessment") { request, context in
            _ = try context.require(.read)
            let set = environment.policies.current
            let zone = set.displayZone
            let now = environment.clock.now
            let query = try AssessmentQuery(request, zone: zone, now: now)
            let (store, loadRules) = (environment.store, environment.assessmentRules)
            let rules: AssessmentRules
            do {
                rules = try await BlockingWork.run("casewatch.http.assessment.rules") { try loadRules() }
            } catch {
                environment.logger.error("the assessment rules cannot be loaded", metadata: ["error": "\(error)"])
                throw Problem(.assessmentRulesInvalid, "the assessment rules in the daemon's policy directory cannot be loaded; `casewatch policy check` names the problem")
            }
            let bytes = try await BlockingWork.run("casewatch.http.assessment") { () throws -> [UInt8] in
                let run = AssessmentRun(store: store, catalog: set, zone: zone, rules: rules)
                let report = try run.report(query.period, asOf: query.asOf ?? run.defaultAsOf(query.period, now: now), level: query.level)
                return AssessmentExport.render(report, format: query.format, language: query.language)
            }
            return Response(status: .ok, headers: [.contentType: query.contentType], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }
}

extension ProblemType {
    /// The assessment rules (`assessment.yaml` in the policy directory) cannot be loaded (500).
    public static let assessmentRulesInvalid = ProblemType(
        slug: "assessment-rules-invalid", title: "Assessment rules invalid", status: .internalServerError
    )
}
