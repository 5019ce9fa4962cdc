import CaseWatchConfig
import CaseWatchTesting
import Foundation

/// Small valid configuration files; tests change one line and assert where the problem is reported.
enum Fixtures {
    /// A valid calendar; line numbers are referred to by the tests.
    static let calendar = """
        kind: calendar
        name: test
        zone: Asia/Shanghai
        covers: {from: 2024, to: 2024}
        workweek: [mon, tue, wed, thu, fri]
        windows: ["09:00-12:00", "13:00-17:00"]
        holidays:
          - {date: 2024-10-01, name: National Day}
          - {date: 2024-10-02, name: National Day}
        makeup_workdays:
          - {date: 2024-09-29, name: National Day}

        """

    /// A valid policy on the `test` calendar; line numbers are referred to by the tests.
    static let policy = """
        kind: policy
        version: "t.1"
        calendar: test
        urgencies:
          urgent: {accept: 30m, resolve: 24h}
          normal:
            accept: 1 working day
            resolve: 5 working days
        categories:
          road:
            normal: {resolve: 10 working days}
          road.pothole:
            urgent: {resolve: 12h}
        extensions: {max: 10 working days, assess_against: original}
        ladder:
          - {tier: warning, at: 80%, action: warn}
          - tier: overdue
            at: 100%
            action: mark-overdue
            points: 1
          - tier: leadership
            after: 3 working days
            action: signoff
            level: district
            points: 5

        """

    /// `text` with the 1-based line `number` replaced.
    static func replacing(line number: Int, of text: String, with line: String) -> String {
        var lines = text.components(separatedBy: "\n")
        lines[number - 1] = line
        return lines.joined(separator: "\n")
    }

    /// The diagnostics of checking a directory holding `files` (name → text), each written
    /// `name:line:column: message` with the directory left out.
    static func check(_ files: [String: String]) throws -> [String] {
        let directory = try TemporaryDirectory()
        for (name, text) in files { try directory.write(name, text) }
        return ConfigLoader.check(paths: [directory.path]).map {
            String($0.description.dropFirst(directory.path.count + 1))
        }
    }

    /// The diagnostics of the fixture calendar and policy after changing one line of one of them.
    static func check(calendar: String = Fixtures.calendar, policy: String = Fixtures.policy) throws -> [String] {
        try check(["calendar.yaml": calendar, "policy.yaml": policy])
    }
}
