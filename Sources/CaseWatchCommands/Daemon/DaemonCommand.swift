import ArgumentParser
import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchHTTP
import CaseWatchStore
import Logging
import ServiceLifecycle

/// `casewatchd`: the supervision daemon.
public struct DaemonCommand: AsyncParsableCommand {
    /// The daemon's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "casewatchd",
        abstract: "Supervise every open case in real time: fire each escalation tier on time and exactly once.",
        discussion: """
            Catches up on every step that fell due while no daemon ran, then follows the event log (what \
            `casewatch ingest` and leaders' decisions append) and fires each step at its due instant. \
            SIGTERM or SIGINT: finish the transaction in flight and exit 0. SIGHUP: reload the policies and \
            calendars (an invalid file is refused and the old ones kept). One daemon per database: a second \
            one refuses to start, or waits with --standby. `casewatch status` shows what it does.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var policyOptions: PolicyOptions
    @OptionGroup var checkpoints: CheckpointOptions
    @OptionGroup var deliveries: DeliveryOptions
    @OptionGroup var httpOptions: HTTPOptions

    @Option(help: "The wheel's tick: due steps are fired on multiples of it, e.g. 1s, 10ms.")
    var tick = "1s"

    @Option(help: "Log lines as text or json.")
    var logFormat = "text"

    @Flag(help: "If another daemon supervises the database, wait and take over when it ends instead of refusing.")
    var standby = false

    @Option(help: "On PostgreSQL: how long the supervision lease lasts from each renewal (renewed every third of it); a standby takes over within it when the supervising daemon dies or freezes, e.g. 10s.")
    var lease = "10s"

    @Option(help: .hidden)
    var followInterval = "900ms"

    @Option(help: ArgumentHelp("For tests: run on a simulated clock reading this instant at --simulate-anchor.", visibility: .hidden))
    var simulateFrom: String?

    @Option(help: ArgumentHelp("For tests: the real instant (nanoseconds since the epoch) the simulated clock starts at.", visibility: .hidden))
    var simulateAnchor: Int64?

    @Option(help: ArgumentHelp("For tests: how many simulated seconds pass per real second.", visibility: .hidden))
    var simulateRate: Int64 = 1

    /// Creates the command.
    public init() {}

    /// Parses the command line and runs the daemon; an error is reported in the commands' words
    /// (``ErrorWording``) with a non-zero exit.
    public static func main() async {
        do {
            var command = try parseAsRoot()
            if let daemon = command as? DaemonCommand {
                try await daemon.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: ErrorWording.reported(error))
        }
    }

    /// Runs the daemon until SIGTERM or SIGINT.
    public func run() async throws {
        guard let format = DaemonLogHandler.Format(rawValue: logFormat) else {
            throw CommandFailure("--log-format '\(logFormat)': use text or json")
        }
        var settings = SupervisionSettings()
        settings.tick = try ArgumentReading.interval(tick, option: "--tick")
        settings.followInterval = try ArgumentReading.interval(followInterval, option: "--follow-interval")
        let console = Console.current
        let logger = Logger(label: "casewatchd") { _ in DaemonLogHandler(format: format, console: console) }
        let (policyOptions, database) = (policyOptions, database)
        // Reading the policies and opening (perhaps migrating) the database block: off the cooperative pool.
        let leaseDuration = try ArgumentReading.interval(lease, option: "--lease")
        guard leaseDuration >= .seconds(3) else { throw CommandFailure("--lease: at least 3s (it is renewed every third of it)") }
        let (catalog, store) = try await BlockingWork.run("casewatchd.open") { (try policyOptions.load(secrets: .system), try database.open()) }
        let seats = DaemonSeats.make(for: store, leaseDuration: leaseDuration)
        let clock = try makeClock(zone: catalog.displayZone)
        let directory = policyOptions.policies
        let checkpointService = try checkpoints.service(store: store, clock: clock, logger: logger)
        let link = SupervisionLink()
        let policies = CurrentPolicies(catalog)
        let environment = APIEnvironment(
            store: store, policies: policies, link: link,
            authenticator: StoreAuthenticator.rateLimited(store: store, limits: httpOptions.limits, clock: clock, logger: logger),
            limits: httpOptions.limits, clock: clock, logger: logger, assessmentRules: { try ConfigLoader.loadAssessmentRules(at: directory) }
        )
        let http = try httpOptions.service(environment: environment)
        // Last of what may refuse to start: the delivery service's HTTP client must be shut down before it goes
        // away, which the end of run() does, not an early throw.
        // Deliveries write their outcomes through the seat's store once this daemon supervises: fenced on PostgreSQL.
        let seatBound = SeatBoundStore(store)
        let delivery = try await deliveries.service(set: catalog, store: seatBound, clock: clock, logger: logger)
        let deliveryOptions = deliveries
        let service = SupervisionService(
            store: store, catalog: catalog, clock: clock, settings: settings, standby: standby,
            reload: {
                let set = try ConfigLoader.loadPolicySet(at: directory)
                try deliveryOptions.reload(set, store: store, deliveries: delivery?.0, logger: logger)
                policies.replace(with: set)
                return set
            },
            logger: logger,
            fired: { escalations in
                delivery?.0.noticesWritten()
                environment.feed.escalationsCommitted(escalations)
                environment.metrics.escalationsFired(escalations, nanosecondsSinceEpoch: clock.nanosecondsSinceEpoch())
            },
            supervising: { seatStore in
                seatBound.bind(to: seatStore)
                delivery?.0.activate()
            },
            link: link, seats: seats
        )
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [.init(service: service)]
        if let http { services.append(.init(service: http)) }
        if let checkpointService { services.append(.init(service: checkpointService)) }
        if let (deliveryService, _) = delivery { services.append(.init(service: deliveryService)) }
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger
        ))
        let outcome: Result<Void, any Error>
        do {
            try await group.run()
            outcome = .success(())
        } catch {
            outcome = .failure(error)
        }
        // The deliveries have stopped with the group: close the HTTP client's connections.
        if let (_, http) = delivery { try? await http.shutdown() }
        switch outcome {
        case .success: return
        case let .failure(refusal as SupervisorLock.Refusal): throw CommandFailure(refusal.wording)
        case let .failure(held as LeaseHeld):
            throw CommandFailure("\(held); start this one with --standby to take over when that one ends or freezes")
        case let .failure(lost as SupervisionError):
            throw CommandFailure("\(lost); exiting, so that this daemon starts again as a standby (systemd's Restart=always)")
        case let .failure(error): throw CommandFailure("the daemon stopped on an error: \(error)")
        }
    }

    private func makeClock(zone: ZoneRules) throws -> any SupervisorClock {
        guard let simulateFrom else { return SystemClock() }
        let origin = try ArgumentReading.instant(simulateFrom, option: "--simulate-from", zone: zone)
        guard simulateRate >= 1 else { throw CommandFailure("--simulate-rate: at least 1") }
        return SimulatedClock(origin: origin, anchorNanoseconds: simulateAnchor ?? SystemClock().nanosecondsSinceEpoch(), rate: simulateRate)
    }
}
