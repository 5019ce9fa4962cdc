import CaseWatchCommands
import Foundation
import Testing

/// The systemd unit and its example configuration stay in step with what `casewatchd` accepts.
@Suite struct DeploymentFilesTests {
    static let deploy = CommandHarness.repositoryRoot + "/deploy"

    /// The `KEY=value` lines of the example environment file `name`.
    static func environment(_ name: String = "casewatchd.env") throws -> [String: String] {
        let text = try String(contentsOfFile: deploy + "/" + name, encoding: .utf8)
        var values: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
        }
        return values
    }

    /// The arguments of unit `name`'s `ExecStart`, with `${NAME}` replaced from `environment`.
    static func execStartArguments(_ environment: [String: String], unit name: String = "casewatchd.service") throws -> [String] {
        let unit = try String(contentsOfFile: deploy + "/" + name, encoding: .utf8)
        let line = try #require(unit.split(separator: "\n").first { $0.hasPrefix("ExecStart=") })
        return line.dropFirst("ExecStart=".count).split(separator: " ").dropFirst().map { word in
            var text = String(word)
            for (name, value) in environment { text = text.replacingOccurrences(of: "${\(name)}", with: value) }
            return text
        }
    }

    @Test func theUnitStartsTheDaemonWithOptionsItAccepts() throws {
        let environment = try Self.environment()
        #expect(Set(environment.keys) == ["CASEWATCH_DB", "CASEWATCH_POLICIES", "CASEWATCHD_TICK", "CASEWATCHD_LOG_FORMAT", "CASEWATCHD_ROSTER"])
        let arguments = try Self.execStartArguments(environment)
        #expect(!arguments.contains { $0.contains("${") }, "every variable of ExecStart is set in casewatchd.env: \(arguments)")
        #expect(throws: Never.self) { _ = try DaemonCommand.parse(arguments) }
        #expect(arguments.contains("--log-format") && arguments.contains("json"))
        #expect(arguments.contains("--roster"), "the leaders' receivers reach the daemon")
    }

    @Test func theUnitReloadsWithSIGHUPAndStopsWithSIGTERM() throws {
        let unit = try String(contentsOfFile: Self.deploy + "/casewatchd.service", encoding: .utf8)
        #expect(unit.contains("ExecReload=/bin/kill -HUP $MAINPID"))
        #expect(unit.contains("KillSignal=SIGTERM"))
        #expect(unit.contains("Restart=always"))
    }

    @Test func thePostgresUnitRunsAStandbyOnEveryHostOnTheSharedStore() throws {
        let environment = try Self.environment("casewatchd-postgres.env")
        #expect(environment["CASEWATCH_DB"]?.hasPrefix("postgres://") == true)
        #expect(environment["PGPASSWORD"] != nil, "the password comes from the mode-600 file, not the URL")
        let arguments = try Self.execStartArguments(environment, unit: "casewatchd-postgres.service")
        #expect(!arguments.contains { $0.contains("${") }, "every variable of ExecStart is set in casewatchd-postgres.env: \(arguments)")
        #expect(throws: Never.self) { _ = try DaemonCommand.parse(arguments) }
        #expect(arguments.contains("--standby"), "every host waits for the lease")
        #expect(!arguments.contains("--db"), "the store comes from CASEWATCH_DB, which the commands read too")
        let unit = try String(contentsOfFile: Self.deploy + "/casewatchd-postgres.service", encoding: .utf8)
        #expect(unit.contains("Restart=always"), "a daemon that lost its lease comes back as a standby")
        #expect(unit.contains("After=network-online.target"))
    }
}
