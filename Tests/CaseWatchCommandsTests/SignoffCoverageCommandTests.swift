import CaseWatchCore
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Testing

/// `init` and `leaders sync` refuse a roster that leaves a ladder's sign-offs with nobody to decide them.
@Suite struct SignoffCoverageCommandTests {
    static let districtOnly = """
        kind: roster
        leaders:
          - {id: l-nanguan-01, name: 李春梅, title: 区长, level: district, jurisdiction: cc.nanguan}

        """

    @Test func leadersSyncRefusesARosterWithoutCityLeadersAndChangesNothing() throws {
        let f = try SignoffFixture()
        let roster = try f.directory.write("district-only.yaml", Self.districtOnly)
        let result = try f.run(["leaders", "sync", "--roster", roster, "--policies", CommandHarness.policies])
        #expect(result.exitCode == 1)
        #expect(result.err.contains(
            "policy 2026.1, ladder tier 'leadership': its sign-offs go to the district level (unsigned there, they pass to the city level), but no leader of \(roster) acts at the city level, so nobody could decide them; add a leader with 'level: city' to \(roster)"
        ), "\(result.err)")
        #expect(result.err.contains("nothing was changed"))
        #expect(try f.store().read { try $0.leaders() }.count == 15)
    }

    @Test func initRefusesSeedsWithoutCityLeadersAndCreatesNothing() throws {
        let directory = try TemporaryDirectory()
        let units = try String(contentsOfFile: CommandHarness.repositoryRoot + "/seeds/units.yaml", encoding: .utf8)
        _ = try directory.write("seeds/units.yaml", units)
        _ = try directory.write("seeds/leaders.yaml", Self.districtOnly)
        let db = directory.path + "/c.sqlite"
        let result = CommandHarness.run(["init", "--db", db, "--seeds", directory.path + "/seeds", "--policies", CommandHarness.policies, "--no-events"])
        #expect(result.exitCode == 1)
        #expect(result.err.contains("no leader of \(directory.path)/seeds/leaders.yaml acts at the city level"), "\(result.err)")
        #expect(result.err.contains("nothing was created"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }
}
