import CaseWatchConfig
import CaseWatchTesting
import Testing

/// Magnitudes past ``Limits`` in configuration files are refused at their node, and called too large.
@Suite("Magnitude diagnostics")
struct MagnitudeDiagnosticTests {
    private func checkPolicy(line: Int, _ text: String) throws -> [String] {
        try Fixtures.check(policy: Fixtures.replacing(line: line, of: Fixtures.policy, with: text))
    }

    private func checkCalendar(line: Int, _ text: String) throws -> [String] {
        try Fixtures.check(calendar: Fixtures.replacing(line: line, of: Fixtures.calendar, with: text))
    }

    @Test func targetsLadderExtensionsAndSignoffsAtTheLimitPass() throws {
        #expect(try checkPolicy(line: 8, "    resolve: 366 working days") == [])
        #expect(try checkPolicy(line: 5, "  urgent: {accept: 30m, resolve: 8784h}") == [])
        #expect(try checkPolicy(line: 22, "    after: 8784 working hours") == [])
        #expect(try checkPolicy(line: 14, "extensions: {max: 366 working days, assess_against: original}") == [])
    }

    @Test func durationsPastTheLimitAreTooLargeAtTheirNode() throws {
        expectOnly(try checkPolicy(line: 8, "    resolve: 99999999 working days"), at: "policy.yaml:8:14", containing: "too large")
        expectOnly(try checkPolicy(line: 8, "    resolve: 367 working days"), at: "policy.yaml:8:14", containing: "too large")
        expectOnly(try checkPolicy(line: 5, "  urgent: {accept: 30m, resolve: 999999999h}"), at: "policy.yaml:5:34", containing: "too large")
        expectOnly(try checkPolicy(line: 22, "    after: 8785 working hours"), at: "policy.yaml:22:12", containing: "too large")
        expectOnly(try checkPolicy(line: 14, "extensions: {max: 99999999 working days, assess_against: original}"), at: "policy.yaml:14:19", containing: "too large")
        let signoffs = Fixtures.policy + "signoffs: {deadline: 99999999 working days}\n"
        expectOnly(try Fixtures.check(policy: signoffs), at: "policy.yaml:26:22", containing: "too large")
    }

    @Test func coveredYearsAreBounded() throws {
        #expect(try checkCalendar(line: 4, "covers: {from: 2024, to: 2073}") == [])
        expectOnly(try checkCalendar(line: 4, "covers: {from: 2024, to: 2074}"), at: "calendar.yaml:4:26", containing: "more than the 50 a calendar may cover")
        expectOnly(try checkCalendar(line: 4, "covers: {from: 2024, to: 3000000}"), at: "calendar.yaml:4:26", containing: "outside the years CaseWatch supports (2000-2199)")
        expectOnly(try checkCalendar(line: 4, "covers: {from: -3000000, to: 2024}"), at: "calendar.yaml:4:16", containing: "outside the years CaseWatch supports")
        expectOnly(try checkCalendar(line: 4, "covers: {from: 2024, to: 99999999999999999999}"), at: "calendar.yaml:4:26", containing: "'99999999999999999999' is too large a number")
    }
}
