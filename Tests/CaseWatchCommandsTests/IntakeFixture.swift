import CaseWatchCore
import CaseWatchTesting
import Foundation

/// A fresh database with the seed unit tree, and intake files to feed it.
struct IntakeFixture {
    let directory: TemporaryDirectory
    let db: String

    /// Creates a database holding the seed units and roster, without the sample events.
    init() throws {
        directory = try TemporaryDirectory()
        db = directory.path + "/casewatch.sqlite"
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

    /// One JSON intake line.
    static func line(_ id: String, _ caseID: String, _ type: String, _ at: String, _ extra: [String: String] = [:]) -> String {
        var object = ["id": id, "case": caseID, "type": type, "at": at, "actor": "agent-01"]
        for (key, value) in extra { object[key] = value }
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
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
                line("\(c)-1", c, "registered", "2026-10-\(day)T09:00:00+08:00", ["category": "road.pothole", "urgency": "normal"]),
                line("\(c)-2", c, "dispatched", "2026-10-\(day)T09:05:00+08:00", ["unit": unit]),
                line("\(c)-3", c, "accepted", "2026-10-\(day)T10:00:00+08:00"),
                line("\(c)-4", c, "replied", "2026-10-\(day + 1)T15:00:00+08:00"),
                line("\(c)-5", c, "closed", "2026-10-\(day + 2)T11:00:00+08:00", ["satisfaction": "satisfied"]),
            ]
        }
    }
}

/// The fixture could not be set up.
struct FixtureFailure: Error {
    let message: String
}
