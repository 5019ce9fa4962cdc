import CaseWatchCommands
import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Synchronization

/// A seeded database (347 units, 15 leaders) with three cases left unresolved until the leadership tier
/// fired, so that three district sign-offs are pending at ``defaultNow`` (Friday 2026-10-23 18:00):
///
/// | case | unit | dispatched (accepted 10:00) | leadership fired | sign by |
/// | --- | --- | --- | --- | --- |
/// | `N-A` | cc.nanguan.ziqiang.dongling | Mon 12 Oct 09:00 | Thu 22 17:00 | Mon 26 17:00 |
/// | `N-B` | cc.nanguan.nanling.fanrong | Tue 13 Oct 09:00 | Fri 23 17:00 | Tue 27 17:00 |
/// | `K-C` | cc.kuancheng.xinfa.jiayuan | Mon 12 Oct 09:00 | Thu 22 17:00 | Mon 26 17:00 |
///
/// Commands run in-process at a fixed instant (``CommandClock``) with scripted input (``LineInput``).
struct SignoffFixture: ZonedFixture {
    let directory: TemporaryDirectory
    let db: String
    let zone = ZoneRules(identifier: "Asia/Shanghai")!

    /// The instant commands run at unless told otherwise.
    static let defaultNow = "2026-10-23T18:00"

    init() throws {
        directory = try TemporaryDirectory()
        db = directory.path + "/signoffs.sqlite"
        let setUp = try at("2026-10-12T08:00")
        let initialised = CommandClock.$fixed.withValue(setUp) { CommandHarness.run([
            "init", "--db", db, "--seeds", CommandHarness.repositoryRoot + "/seeds", "--policies", CommandHarness.policies, "--no-events",
        ]) }
        guard initialised.exitCode == 0 else { throw FixtureFailure(message: initialised.err) }
        let cases = [("N-A", "cc.nanguan.ziqiang.dongling", "2026-10-12"), ("N-B", "cc.nanguan.nanling.fanrong", "2026-10-13"),
                     ("K-C", "cc.kuancheng.xinfa.jiayuan", "2026-10-12")]
        let lines = cases.flatMap { id, unit, day in [
            IntakeLine.json(id: "\(id)-1", case: id, type: "registered", at: "\(day)T09:00:00+08:00",
                            fields: ["category": "sanitation.garbage", "urgency": "normal"]),
            IntakeLine.json(id: "\(id)-2", case: id, type: "dispatched", at: "\(day)T09:00:00+08:00", fields: ["unit": unit]),
            IntakeLine.json(id: "\(id)-3", case: id, type: "accepted", at: "\(day)T10:00:00+08:00", actor: unit),
        ] }
        let events = try directory.write("events.jsonl", lines.joined(separator: "\n") + "\n")
        // Received exactly a day before its last event (13 Oct 10:00): as far ahead as an event may be dated.
        let received = try InstantParser.parse("2026-10-12T10:00", zone: zone)
        let ingested = CommandClock.$fixed.withValue(received) {
            CommandHarness.run(["ingest", events, "--db", db, "--policies", CommandHarness.policies])
        }
        guard ingested.exitCode == 0 else { throw FixtureFailure(message: ingested.err) }
        var supervisor = Supervisor(store: try SQLiteCaseStore.open(at: db), catalog: try ConfigLoader.loadPolicySet(at: CommandHarness.policies))
        _ = try supervisor.start(at: try at("2026-10-12T09:00"))
        // Step by step, as the daemon fires them live: each step is detected at its due instant.
        let end = try at(Self.defaultNow)
        while let next = supervisor.nextDue, next <= end { _ = try supervisor.advance(to: next) }
        _ = try supervisor.advance(to: end)
    }

    /// The instant shown as commands show it.
    func show(_ instant: Instant) -> String { InstantFormatter.format(instant, in: zone) }

    /// The store.
    func store() throws -> any CaseStore { try SQLiteCaseStore.open(at: db) }

    /// The sign-off of a case (its first).
    func signoff(of caseID: String) throws -> Signoff {
        guard let signoff = try store().read({ try $0.signoffs(caseID: CaseID(caseID)) }).first else {
            throw FixtureFailure(message: "no sign-off of \(caseID)")
        }
        return signoff
    }

    /// Runs `casewatch <arguments> --db <db>` at `now`, answering prompts from `input`; `perLine` runs
    /// before each line is handed over (with the line's index), to act while the command waits.
    func run(
        _ arguments: [String], at now: String = defaultNow, input: [String] = [], perLine: @escaping @Sendable (Int) -> Void = { _ in }
    ) throws -> CommandResult {
        let instant = try at(now)
        return CommandClock.$fixed.withValue(instant) {
            LineInput.$current.withValue(Self.script(input, perLine: perLine)) {
                CommandHarness.run(arguments + ["--db", db])
            }
        }
    }

    /// Runs `casewatch signoff <arguments>` with the database and the shipped policies.
    func signoff(
        _ arguments: [String], at now: String = defaultNow, input: [String] = [], perLine: @escaping @Sendable (Int) -> Void = { _ in }
    ) throws -> CommandResult {
        try run(["signoff"] + arguments + ["--policies", CommandHarness.policies], at: now, input: input, perLine: perLine)
    }

    /// Issues a token to `leader` through `casewatch leaders token` and returns it.
    func token(for leader: String) throws -> String {
        let issued = try run(["leaders", "token", leader])
        guard issued.exitCode == 0 else { throw FixtureFailure(message: issued.err) }
        return issued.out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Issues a token to `leader` and saves it in a file only its owner may read; returns the file's path.
    func tokenFile(for leader: String) throws -> String {
        try saveToken(try token(for: leader), name: leader)
    }

    /// Saves a token in a mode-600 file named after `name`.
    func saveToken(_ token: String, name: String, mode: Int = 0o600) throws -> String {
        let path = directory.path + "/\(name).token"
        guard FileManager.default.createFile(atPath: path, contents: Data((token + "\n").utf8), attributes: [.posixPermissions: mode]) else {
            throw FixtureFailure(message: "cannot write \(path)")
        }
        return path
    }

    /// A scripted input: the lines in order, then the end of the input.
    static func script(_ lines: [String], perLine: @escaping @Sendable (Int) -> Void) -> LineInput {
        let position = Mutex(0)
        return LineInput {
            let index = position.withLock { index in
                defer { index += 1 }
                return index
            }
            guard index < lines.count else { return nil }
            perLine(index)
            return lines[index]
        }
    }
}
