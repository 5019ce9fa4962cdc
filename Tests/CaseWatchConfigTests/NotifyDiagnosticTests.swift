import CaseWatchConfig
import CaseWatchCore
import CaseWatchTesting
import Foundation
import Testing

/// Every bad input of a routing file is reported at its place, with how to fix it.
@Suite("Notify routing: diagnostics")
struct NotifyDiagnosticTests {
    @Test func theFixtureChecksClean() throws {
        #expect(try NotifyFixtures.check() == [])
    }

    @Test func anUnknownReceiverIsReportedWithTheClosestName() throws {
        expectOnly(try NotifyFixtures.check(line: 22, "    receivers: [robt]"), at: "notify.yaml:22:17", containing: "unknown receiver 'robt'; did you mean 'robot'?")
        expectOnly(try NotifyFixtures.check(line: 25, "  cc.nanguan: [ofice]"), at: "notify.yaml:25:16", containing: "unknown receiver 'ofice'; did you mean 'office'?")
    }

    @Test func aRouteAfterACatchAllCanNeverMatch() throws {
        let problems = try NotifyFixtures.check(line: 23, "  - receivers: [log]\n  - receivers: [office]")
        expectOnly(problems, at: "notify.yaml:24:5", containing: "route 5 can never match: route 4 on line 23 matches every notice and has no 'continue: true'")
        // With `continue`, the routes after it are tried.
        #expect(try NotifyFixtures.check(line: 23, "  - {receivers: [log], continue: true}\n  - receivers: [office]") == [])
    }

    @Test func namesThatNoPolicyHasMakeARouteThatCanNeverMatch() throws {
        expectOnly(try NotifyFixtures.check(line: 16, "  - match: {kind: escalation, tier: [warning, overdu]}"), at: "notify.yaml:16:47", containing: "unknown tier 'overdu'; did you mean 'overdue'?")
        expectOnly(try NotifyFixtures.check(line: 16, "  - match: {kind: escalation, tier: urge}"), at: "notify.yaml:16:37", containing: "no policy's ladder has tier 'urge'")
        expectOnly(try NotifyFixtures.check(line: 16, "  - match: {kind: escalation, tier: [warning, urge]}"), at: "notify.yaml:16:47", containing: "no policy's ladder has tier 'urge'")
        expectOnly(try NotifyFixtures.check(line: 16, "  - match: {kind: escalation, action: notice}"), at: "notify.yaml:16:39", containing: "no policy's ladder has action 'notice'")
        expectOnly(try NotifyFixtures.check(line: 16, "  - match: {kind: escalaton}"), at: "notify.yaml:16:19", containing: "did you mean 'escalation'?")
        expectOnly(try NotifyFixtures.check(line: 19, "  - match: {kind: signoff_requested, level: county}"), at: "notify.yaml:19:45", containing: "unknown sign-off level 'county'")
        expectOnly(try NotifyFixtures.check(line: 21, "  - match: {category: road, urgency: normall, unit: cc.nanguan}"), at: "notify.yaml:21:38", containing: "urgency 'normall' is used by no policy, so this can never match; did you mean 'normal'?")
        expectOnly(try NotifyFixtures.check(line: 3, "urgent: [urgnt]"), at: "notify.yaml:3:10", containing: "urgency 'urgnt' is used by no policy")
        expectOnly(try NotifyFixtures.check(line: 21, "  - match: {category: parks, urgency: normal, unit: cc.nanguan}"), at: "notify.yaml:21:23", containing: "category 'parks' is used by no policy")
        // A category under a policy's, or above one, is fine.
        #expect(try NotifyFixtures.check(line: 21, "  - match: {category: road.pothole.deep, urgency: normal, unit: cc.nanguan}") == [])
    }

    @Test func aTierOnKindsThatHaveNoneCanNeverMatch() throws {
        let problems = try NotifyFixtures.check(line: 16, "  - match: {kind: signoff_decided, tier: warning}")
        expectOnly(problems, at: "notify.yaml:16:19", containing: "route 1 can never match: only escalations and sign-off requests have a tier")
    }

    @Test func unknownUnitsAreReportedWhenTheUnitsAreChecked() throws {
        #expect(try NotifyFixtures.check(line: 25, "  cc.nanguann: [office]") == [])
        let units = ["units.yaml": Fixtures.units]
        expectOnly(try NotifyFixtures.check(line: 25, "  cc.nanguann: [office]", files: units), at: "notify.yaml:25:3", containing: "unknown unit 'cc.nanguann'; did you mean 'cc.nanguan'?")
        expectOnly(
            try NotifyFixtures.check(line: 21, "  - match: {category: road, urgency: normal, unit: [cc.nanguan, cc.kuancheng]}", files: units),
            at: "notify.yaml:21:65", containing: "unknown unit 'cc.kuancheng'"
        )
    }

    @Test func secretsMustBeHadFromTheEnvironmentOrAFileOfMode600() throws {
        expectOnly(
            try NotifyFixtures.check(secrets: NotifySecretProbe(environment: [:], files: ["/etc/robot.secret": .readable(mode: 0o600)])),
            at: "notify.yaml:9:17", containing: "environment variable HOOK_SECRET is not set"
        )
        let env = ["HOOK_SECRET": "x"]
        expectOnly(
            try NotifyFixtures.check(secrets: NotifySecretProbe(environment: env, files: ["/etc/robot.secret": .readable(mode: 0o644)])),
            at: "notify.yaml:14:111", containing: "secret file '/etc/robot.secret' has mode 644; only its owner may read it: run 'chmod 600 /etc/robot.secret'"
        )
        expectOnly(
            try NotifyFixtures.check(secrets: NotifySecretProbe(environment: env, files: ["/etc/robot.secret": .unreadable])),
            at: "notify.yaml:14:111", containing: "cannot be read"
        )
        expectOnly(try NotifyFixtures.check(secrets: NotifySecretProbe(environment: env)), at: "notify.yaml:14:111", containing: "does not exist")
        expectOnly(try NotifyFixtures.check(line: 9, "    secret_env: s3cr3t-value"), at: "notify.yaml:9:17", containing: "is not the name of an environment variable")
        expectOnly(
            try NotifyFixtures.check(line: 9, "    secret_env: HOOK_SECRET\n    secret_file: /etc/robot.secret"), at: "notify.yaml:10:18",
            containing: "give the secret either by 'secret_env' or by 'secret_file', not both"
        )
        // A secret written in the file itself has no key to go in.
        expectOnly(try NotifyFixtures.check(line: 9, "    secret: s3cr3t"), at: "notify.yaml:9:5", containing: "unknown key 'secret'")
    }

    @Test func theSystemProbeReadsTheModeOfARealFile() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("robot.secret", "s3cret\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(NotifySecretProbe.system.fileState(path) == .readable(mode: 0o644))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        #expect(NotifySecretProbe.system.fileState(path) == .readable(mode: 0o600))
        #expect(NotifySecretProbe.system.fileState(directory.path + "/none") == .missing)
    }

    @Test func addressesMustBeHttpOrHttpsWithAHost() throws {
        expectOnly(try NotifyFixtures.check(line: 8, "    url: hooks.example.org/casewatch"), at: "notify.yaml:8:10", containing: "is not an http or https address with a host")
        expectOnly(try NotifyFixtures.check(line: 8, "    url: ftp://hooks.example.org/x"), at: "notify.yaml:8:10", containing: "is not an http or https address")
        expectOnly(try NotifyFixtures.check(line: 2, "base_url: https:///cases"), at: "notify.yaml:2:11", containing: "is not an http or https address")
        expectOnly(try NotifyFixtures.check(line: 8, "    headers: {X-Office: centre}"), at: "notify.yaml:6:5", containing: "has no 'url'")
    }

    @Test func durationsAreWallClockWithinBounds() throws {
        expectOnly(try NotifyFixtures.check(line: 11, "    group_wait: 25h"), at: "notify.yaml:11:17", containing: "group_wait '25h' is out of bounds; it must be at most 1 day")
        expectOnly(try NotifyFixtures.check(line: 11, "    group_wait: 1 working day"), at: "notify.yaml:11:17", containing: "runs on the wall clock")
        expectOnly(try NotifyFixtures.check(line: 12, "    timeout: 6m"), at: "notify.yaml:12:14", containing: "between 1s and 5 minutes")
        expectOnly(try NotifyFixtures.check(line: 13, "    max_age: 721h"), at: "notify.yaml:13:14", containing: "at most 30 days")
        expectOnly(try NotifyFixtures.check(line: 13, "    max_age: soon"), at: "notify.yaml:13:14", containing: "'soon' is not a duration")
        expectOnly(try NotifyFixtures.check(line: 10, "    working_hours: yes"), at: "notify.yaml:10:20", containing: "expected working_hours as true or false")
    }

    @Test func receiversAreCheckedOneByOne() throws {
        expectOnly(try NotifyFixtures.check(line: 7, "    channel: webhok"), at: "notify.yaml:7:14", containing: "unknown channel 'webhok'; did you mean 'webhook'?")
        expectOnly(try NotifyFixtures.check(line: 7, "    channel: wecom"), at: "notify.yaml:9:5", containing: "unknown key 'secret_env'")
        // The second definition is refused, so the routes naming it are reported too.
        expect(try NotifyFixtures.check(line: 6, "  - name: log"), at: "notify.yaml:6:11", containing: "receiver 'log' is already defined on line 5")
        expectOnly(try NotifyFixtures.check(line: 5, "  - {name: log, channel: command, command: []}"), at: "notify.yaml:5:44", containing: "'command' is empty")
        expectOnly(
            try NotifyFixtures.check(line: 9, "    headers: {X-CaseWatch-Signature: forged}"), at: "notify.yaml:9:15",
            containing: "header 'X-CaseWatch-Signature' is set by CaseWatch itself"
        )
    }

    @Test func everyRouteTellsSomebody() throws {
        expectOnly(try NotifyFixtures.check(line: 20, "    continue: false"), at: "notify.yaml:19:5", containing: "route 2 tells nobody; add 'receivers: [name]', 'unit_contacts: true' or 'leaders: true'")
        let noContacts = NotifyFixtures.notify.replacingOccurrences(of: "unit_contacts:\n  cc.nanguan: [office]\n", with: "")
        expectOnly(try NotifyFixtures.check(notify: noContacts), at: "notify.yaml:17:5", containing: "route 1 tells the unit contacts, but the file's 'unit_contacts' names none")
    }

    @Test func oneRoutingFileAtMost() throws {
        let problems = try NotifyFixtures.check(files: ["more.yaml": NotifyFixtures.notify])
        expectOnly(problems, at: "notify.yaml:1:1", containing: "the routing is already given at")
    }
}
