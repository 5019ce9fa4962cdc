import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A PostgreSQL server of a test run's own: `initdb` in a temporary directory, listening only on a Unix
/// socket there (no TCP port to collide with), role `casewatch` with a random password checked by
/// SCRAM; stopped at once and removed by ``stop()`` (or when it goes away).
///
/// Started from Debian's packages (`apt-get install -y postgresql-15`; CI installs it): as root the server
/// runs as the `postgres` user, since PostgreSQL refuses to run as root. ``unavailableReason`` says why none
/// can be started here, for tests to skip with.
public final class ThrowawayPostgres: @unchecked Sendable {
    /// The newest installed server's `bin` directory (version 13 or later), nil when there is none.
    public static let binDirectory: String? = {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).filter { $0 >= 13 }
        return versions.sorted().reversed().map { "\(root)/\($0)/bin" }.first {
            FileManager.default.isExecutableFile(atPath: $0 + "/initdb") && FileManager.default.isExecutableFile(atPath: $0 + "/pg_ctl")
        }
    }()

    /// Why no server can be started here; nil when one can.
    public static let unavailableReason: String? = {
        if binDirectory == nil { return "PostgreSQL 13 or later is not installed: apt-get install -y postgresql-15" }
        if getuid() == 0, getpwnam("postgres") == nil { return "running as root without a postgres user to run the server as" }
        return nil
    }()

    /// The directory holding the data, the socket and the log.
    public let directory: String
    /// The port naming the socket (`<directory>/.s.PGSQL.<port>`).
    public let port = 5432
    /// The role's password.
    public let password: String
    /// Whether the server flushes to disk (else ``testSettings``).
    private let durable: Bool
    /// `pg_ctl start`'s arguments.
    private var startArguments: [String] {
        [
            "-D", directory + "/data", "-l", directory + "/server.log", "-w", "-t", "60",
            "-o", "-c listen_addresses='' -k \(directory) -p \(port) -c max_connections=400 \(durable ? "" : Self.testSettings)", "start",
        ]
    }
    private var running = true

    /// The URL of database `postgres` as role `casewatch`.
    public var url: String { "postgres://casewatch:\(password)@localhost:\(port)/postgres?host=\(directory)" }
    /// The same URL with a wrong password.
    public var urlWithWrongPassword: String { "postgres://casewatch:wrong-\(password)@localhost:\(port)/postgres?host=\(directory)" }

    /// Makes and starts a server, flushing to disk as a production server does when `durable` (for
    /// benchmarks), else with ``testSettings``; throws ``Failure`` with the tool's output when that fails.
    public init(durable: Bool = false) throws {
        self.durable = durable
        guard let bin = Self.binDirectory else { throw Failure(step: "find", output: Self.unavailableReason ?? "") }
        var template = Array("/tmp/cwpg-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw Failure(step: "mkdtemp", output: String(cString: strerror(errno))) }
        directory = String(cString: made)
        password = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let passwordFile = directory + "/password"
        try password.write(toFile: passwordFile, atomically: false, encoding: .utf8)
        if getuid() == 0, let user = getpwnam("postgres") {
            for path in [directory, passwordFile] { chown(path, user.pointee.pw_uid, user.pointee.pw_gid) }
        }
        do {
            try Self.run(bin + "/initdb", [
                "-D", directory + "/data", "-U", "casewatch", "--pwfile=\(passwordFile)", "-A", "scram-sha-256",
                "-E", "UTF8", "--locale=C", "--no-sync",
            ], step: "initdb")
            try Self.run(bin + "/pg_ctl", startArguments, step: "pg_ctl start")
        } catch {
            running = false
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
    }

    /// Server settings for a test run's throwaway: no flush to disk (the server's own crash safety is not
    /// what the tests test; a daemon killed mid-transaction still loses its transaction, as it would
    /// anywhere). Benchmarks start their servers with the defaults instead.
    static let testSettings = "-c fsync=off -c full_page_writes=off -c synchronous_commit=off"

    deinit { stop() }

    /// Stops the server at once, as a crash or a failover would (every connection is cut, every open
    /// transaction lost), and starts it again with the same settings.
    public func restart() throws {
        guard running, let bin = Self.binDirectory else { return }
        try Self.run(bin + "/pg_ctl", ["-D", directory + "/data", "-m", "immediate", "-w", "stop"], step: "pg_ctl stop")
        try Self.run(bin + "/pg_ctl", startArguments, step: "pg_ctl start")
    }

    /// Stops the server at once and removes its directory.
    public func stop() {
        guard running, let bin = Self.binDirectory else { return }
        running = false
        try? Self.run(bin + "/pg_ctl", ["-D", directory + "/data", "-m", "immediate", "-w", "stop"], step: "pg_ctl stop")
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Runs a server tool (as `postgres` when we are root) and waits for it, its output in a file. Spawned and
    /// reaped by hand (`posix_spawn`, `waitpid`): Foundation's `Process` waits for descriptors that the server
    /// `pg_ctl start` leaves running inherits, and would never see the tool end.
    private static func run(_ tool: String, _ arguments: [String], step: String) throws {
        let argv = (getuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--", tool] : [tool]) + arguments
        let outputPath = NSTemporaryDirectory() + "cwpg-\(UUID().uuidString).out"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var pid: pid_t = 0
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArguments, environ)
        guard spawned == 0 else { throw Failure(step: step, output: String(cString: strerror(spawned))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        // Exited normally with status 0 (WIFEXITED and WEXITSTATUS, spelled out: Swift has no such macros).
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            throw Failure(step: step, output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "exit status \(status)")
        }
    }

    /// A step of making or starting the server failed.
    public struct Failure: Error, CustomStringConvertible {
        /// The step (`initdb`, `pg_ctl start`, …).
        public let step: String
        /// What the tool printed.
        public let output: String

        /// The step and the tool's output.
        public var description: String { "\(step) failed: \(output)" }
    }
}
