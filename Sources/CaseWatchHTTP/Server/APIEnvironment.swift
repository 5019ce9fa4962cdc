import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Logging

/// What the routes work with: the daemon's store, the policies in force, the link to its supervision,
/// the authenticator, the limits, the clock and the logger.
public struct APIEnvironment: Sendable {
    /// The store the daemon supervises (one pool for the whole process: never opened a second time).
    public let store: any CaseStore
    /// The policies in force (replaced on SIGHUP).
    public let policies: CurrentPolicies
    /// The supervision's link: woken after an ingest, asked whether the wheel is filled.
    public let link: SupervisionLink
    /// Checks credentials.
    public let authenticator: any RequestAuthenticator
    /// The bounds put on clients.
    public let limits: HTTPLimits
    /// The daemon's clock (the simulated one in tests).
    public let clock: any SupervisorClock
    /// Where request failures are logged.
    public let logger: Logger
    /// The daemon's metrics: routes count what they do there (e.g. events ingested), `/metrics` emits them.
    public let metrics: APIMetrics
    /// Reads the assessment rules (the daemon: `assessment.yaml` in its policy directory, read at each
    /// request, so an edit counts at once); blocks.
    public let assessmentRules: @Sendable () throws -> AssessmentRules
    /// Wakes the event streams when escalations are committed or events appended.
    public let feed: EscalationFeed
    /// The wall's summaries, shared by its streams.
    let wallSummaries = WallSummaries()

    /// An environment of these parts.
    public init(
        store: any CaseStore, policies: CurrentPolicies, link: SupervisionLink, authenticator: any RequestAuthenticator,
        limits: HTTPLimits = HTTPLimits(), clock: any SupervisorClock = SystemClock(), logger: Logger, metrics: APIMetrics = APIMetrics(),
        assessmentRules: @escaping @Sendable () throws -> AssessmentRules = { .standard }, feed: EscalationFeed = EscalationFeed()
    ) {
        self.assessmentRules = assessmentRules
        self.metrics = metrics
        self.store = store
        self.policies = policies
        self.link = link
        self.authenticator = authenticator
        self.limits = limits
        self.clock = clock
        self.logger = logger
        self.feed = feed
        // Events appended (through the API, or by `casewatch ingest` as the daemon's watch sees): the wall
        // looks again.
        link.observeFollows { [feed] in feed.storeChanged() }
    }
}
