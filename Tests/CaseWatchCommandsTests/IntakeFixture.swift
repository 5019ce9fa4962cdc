import CaseWatchCore
import CaseWatchTesting
import Foundation

/// A fresh database with the seed unit tree, and intake files to feed it.
struct IntakeFixture {
    let directory: TemporaryDirectory
    let db: String

    /// Creates a database holding the seed units and roster, without the sample events: an SQLite file in a
    /// fresh directory, or the store `database` names (an empty PostgreSQL database's URL).
    init(database: String? = nil) throws {
        directory = try TemporaryDirectory()
        db = database ?? directory.path + "/casewatch.sqlite"
        let result = CommandHarness.run(["init", "--db", db, "--seeds", CommandHarness.repositoryRoot + "/seeds", "--no-events", "--policies", CommandHarness.policies])
        guard result.exitCode == 0 else { throw FixtureFailure(message: result.err) }
    }

    /// Runs a command against this database and the shipped policies.
    func run(_ arguments: [String]) -> CommandResult {
        CommandHarness.run(arguments + ["--db", db, "--policies", CommandHarness.policies])
    }

    /// Writes a file into the fixture's directory and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        try directory.write(name, text)
    }

    /// A copy of the shipped policy directory in the fixture's directory, and its hotline policy's path.
    func copyOfPolicies() throws -> (directory: String, hotline: String) {
        let policies = directory.path + "/policies"
        try FileManager.default.copyItem(atPath: CommandHarness.policies, toPath: policies)
        return (policies, policies + "/hotline.yaml")
    }

    /// A unit of the seed tree cases can be dispatched to.
    static let unit = "cc.nanguan"
    static let otherUnit = "cc.chaoyang"

    /// `cases` cases of five events each (registered … closed), ids prefixed with `prefix`.
    static func lifecycleLines(cases: Int, prefix: String) -> [String] {
        (0..<cases).flatMap { n -> [String] in
            let c = "\(prefix)\(n)"
            let day = 14 + n % 3
            return [
                IntakeLine.json(id: "\(c)-1", case: c, type: "registered", at: "2026-10-\(day)T09:00:00+08:00", fields: ["category": "road.pothole", "urgency": "normal"]),
                IntakeLine.json(id: "\(c)-2", case: c, type: "dispatched", at: "2026-10-\(day)T09:05:00+08:00", fields: ["unit": unit]),
                IntakeLine.json(id: "\(c)-3", case: c, type: "accepted", at: "2026-10-\(day)T10:00:00+08:00"),
                IntakeLine.json(id: "\(c)-4", case: c, type: "replied", at: "2026-10-\(day + 1)T15:00:00+08:00"),
                IntakeLine.json(id: "\(c)-5", case: c, type: "closed", at: "2026-10-\(day + 2)T11:00:00+08:00", fields: ["satisfaction": "satisfied"]),
            ]
        }
    }
}

/// The fixture could not be set up.
struct FixtureFailure: Error {
    let message: String
}
