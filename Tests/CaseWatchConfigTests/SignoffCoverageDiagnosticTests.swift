import CaseWatchConfig
import CaseWatchTesting
import Foundation
import Testing

/// `policy check` refuses a ladder tier whose sign-offs no leader of the rosters checked with it could decide.
@Suite struct SignoffCoverageDiagnosticTests {
    static func check(roster: String) throws -> [String] {
        let directory = try TemporaryDirectory()
        let path = try directory.write("leaders.yaml", roster)
        return ConfigLoader.check(paths: [RepositoryPolicies.directory, RepositoryPolicies.root + "/seeds/units.yaml", path]).map(\.description)
    }

    @Test func aRosterWithoutCityLeadersLeavesTheDistrictTiersSignoffsUndecidedAboveIt() throws {
        let problems = try Self.check(roster: """
            kind: roster
            leaders:
              - {id: l-nanguan-01, name: A, title: B, level: district, jurisdiction: cc.nanguan}

            """)
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.hasPrefix(RepositoryPolicies.directory + "/hotline.yaml:") == true, "\(problems)")
        #expect(problems.first?.contains(
            "ladder tier 4 addresses its sign-offs to the district level, but its sign-offs unsigned at the district level pass to the city level, and no leader of the roster acts at the city level"
        ) == true, "\(problems)")
        #expect(problems.first?.contains("add a leader with 'level: city' to the roster") == true)
    }

    @Test func aRosterWithoutDistrictLeadersIsRefusedAtTheTiersLevel() throws {
        let problems = try Self.check(roster: """
            kind: roster
            leaders:
              - {id: l-cc-01, name: A, title: B, level: city, jurisdiction: cc}

            """)
        #expect(problems.count == 1 && problems[0].contains("no leader of the roster acts at the district level"), "\(problems)")
    }

    @Test func theShippedRosterCoversEveryLevel() throws {
        let roster = try String(contentsOfFile: RepositoryPolicies.root + "/seeds/leaders.yaml", encoding: .utf8)
        #expect(try Self.check(roster: roster) == [])
    }
}
