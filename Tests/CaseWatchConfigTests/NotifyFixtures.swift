import CaseWatchConfig
import CaseWatchCore
import CaseWatchTesting

/// A valid routing file beside ``Fixtures/policy``; tests change one line and assert where the problem is
/// reported.
enum NotifyFixtures {
    /// A valid `kind: notify` file; line numbers are referred to by the tests.
    static let notify = """
        kind: notify
        base_url: https://casewatch.example.org/cases/
        urgent: [urgent]
        receivers:
          - {name: log, channel: command, command: [/bin/true, --quiet]}
          - name: office
            channel: webhook
            url: https://hooks.example.org/casewatch
            secret_env: HOOK_SECRET
            working_hours: true
            group_wait: 5m
            timeout: 10s
            max_age: 24h
          - {name: robot, channel: dingtalk, url: "https://oapi.dingtalk.com/robot/send?access_token=t", secret_file: /etc/robot.secret}
        routes:
          - match: {kind: escalation, tier: [warning, overdue]}
            unit_contacts: true
            continue: true
          - match: {kind: signoff_requested, level: district}
            leaders: true
          - match: {category: road, urgency: normal, unit: cc.nanguan}
            receivers: [robot]
          - receivers: [log]
        unit_contacts:
          cc.nanguan: [office]

        """

    /// A probe where the fixture's secrets can be had.
    static let secrets = NotifySecretProbe(environment: ["HOOK_SECRET": "s3cret"], files: ["/etc/robot.secret": .readable(mode: 0o600)])

    /// The diagnostics of a directory holding the fixture calendar, policy and `files` (the routing as
    /// `notify.yaml` unless replaced), each `name:line:column: message` with the directory left out.
    static func check(
        notify: String = NotifyFixtures.notify, files: [String: String] = [:], secrets: NotifySecretProbe = NotifyFixtures.secrets
    ) throws -> [String] {
        let directory = try TemporaryDirectory()
        let all = ["calendar.yaml": Fixtures.calendar, "policy.yaml": Fixtures.policy, "notify.yaml": notify].merging(files) { _, new in new }
        for (name, text) in all { try directory.write(name, text) }
        return ConfigLoader.check(paths: [directory.path], secrets: secrets).map {
            String($0.description.dropFirst(directory.path.count + 1))
        }
    }

    /// The diagnostics after changing one line of the routing file.
    static func check(line: Int, _ text: String, files: [String: String] = [:], secrets: NotifySecretProbe = NotifyFixtures.secrets) throws -> [String] {
        try check(notify: Fixtures.replacing(line: line, of: notify, with: text), files: files, secrets: secrets)
    }
}
