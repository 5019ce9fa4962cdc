import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Testing

/// `casewatch signoff list|show|approve|reject|return|resubmit` through the CLI, on three pending district
/// sign-offs (see ``SignoffFixture``).
@Suite struct SignoffCommandTests {
    /// The ids in the order a list printed them (first column of the table rows).
    func listedIDs(_ out: String) -> [Int64] {
        out.split(separator: "\n").compactMap { line in
            let columns = line.split(separator: " ")
            return columns.count > 2 && ["N-A", "N-B", "K-C"].contains(columns[1]) ? Int64(columns[0]) : nil
        }
    }

    @Test func aLeaderListsTheirOwnOldestDueFirstAndTheCentreListsAll() throws {
        let f = try SignoffFixture()
        let (a, b, c) = (try f.signoff(of: "N-A"), try f.signoff(of: "N-B"), try f.signoff(of: "K-C"))
        #expect(f.show(a.dueAt) == "2026-10-26T17:00:00+08:00" && f.show(b.dueAt) == "2026-10-27T17:00:00+08:00")
        let nanguan = try f.signoff(["list", "--token-file", f.tokenFile(for: "l-nanguan-02")])
        #expect(nanguan.exitCode == 0, "\(nanguan.err)")
        #expect(listedIDs(nanguan.out) == [a.id, b.id])
        #expect(nanguan.out.contains("sign-offs awaiting l-nanguan-02"))
        #expect(nanguan.out.contains("overdue 4d 1h"), "N-A's resolve deadline passed Monday 19th 17:00")
        #expect(nanguan.out.contains("2d 23h left"), "N-A must be signed by Monday 26th 17:00")
        let kuancheng = try f.signoff(["list", "--token-file", f.tokenFile(for: "l-kuancheng-01")])
        #expect(listedIDs(kuancheng.out) == [c.id])
        let city = try f.signoff(["list", "--token-file", f.tokenFile(for: "l-cc-01")])
        #expect(city.exitCode == 0)
        #expect(city.out.contains("no sign-offs awaiting l-cc-01"))
        let all = try f.signoff(["list", "--all"])
        #expect(all.exitCode == 0, "\(all.err)")
        #expect(listedIDs(all.out) == [min(a.id, c.id), max(a.id, c.id), b.id])
        let json = try f.signoff(["list", "--all", "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(rows.compactMap { $0["case"] as? String }.last == "N-B")
        #expect(rows.first?["left"] as? String == "2d 23h left")
    }

    @Test func listingWithoutATokenIsRefusedAndPointsToAll() throws {
        let f = try SignoffFixture()
        let result = try f.signoff(["list"])
        #expect(result.exitCode == 1)
        #expect(result.err.contains("refused: no token: set CASEWATCH_TOKEN or pass --token-file"))
        #expect(result.err.contains("--all lists every open sign-off"))
    }

    @Test func showGivesEverythingToDecide() throws {
        let f = try SignoffFixture()
        let a = try f.signoff(of: "N-A")
        let shown = try f.signoff(["show", "\(a.id)"])
        #expect(shown.exitCode == 0, "\(shown.err)")
        #expect(shown.out.contains("Sign-off \(a.id): pending, district level, sign by 2026-10-26T17:00:00+08:00 (2d 23h left)"))
        #expect(shown.out.contains("Unit charged: cc.nanguan.ziqiang.dongling 东岭社区 (community), within cc.nanguan.ziqiang < cc.nanguan < cc"))
        #expect(shown.out.contains("Record of cc.nanguan.ziqiang.dongling over the last 90 days"))
        #expect(shown.out.contains("4 escalations on 1 case: 1 warning, 1 overdue, 1 urge, 1 leadership"))
        #expect(shown.out.contains("Resolve due 2026-10-19T17:00:00+08:00"))
        #expect(shown.out.contains("Timeline") && shown.out.contains("dispatched"))
        #expect(shown.out.contains("leadership 提级督办"))
        let missing = try f.signoff(["show", "999"])
        #expect(missing.exitCode == 1)
        #expect(missing.err.contains("no sign-off 999"))
    }

    @Test func approveOpensASupervisionOrderWithItsOwnDeadline() throws {
        let f = try SignoffFixture()
        let a = try f.signoff(of: "N-A")
        let token = try f.tokenFile(for: "l-nanguan-02")
        let approved = try f.signoff(["approve", "\(a.id)", "--instruction", "Clear the bins and report", "--deadline", "3 working days", "--token-file", token])
        #expect(approved.exitCode == 0, "\(approved.err)")
        #expect(approved.out.contains("approved sign-off \(a.id): supervision order SO-\(a.id) opened, due 2026-10-28T17:00:00+08:00"))
        let decided = try f.signoff(of: "N-A")
        #expect(decided.status == .approved && decided.decidedBy == "l-nanguan-02" && decided.instruction == "Clear the bins and report")
        let order = try f.run(["cases", "show", "SO-\(a.id)", "--policies", CommandHarness.policies])
        #expect(order.exitCode == 0, "\(order.err)")
        #expect(order.out.contains("Unit charged: cc.nanguan.ziqiang.dongling"))
        let shown = try f.signoff(["show", "\(a.id)"])
        #expect(shown.out.contains("Decided: approved by l-nanguan-02 at 2026-10-23T18:00:00+08:00"))
        #expect(shown.out.contains("Instruction: Clear the bins and report"))
        #expect(try f.store().read { try $0.auditEntries(actor: "l-nanguan-02") }.map(\.action) == ["signoff.approve"])
        let defaulted = try f.signoff(["approve", "\(try f.signoff(of: "N-B").id)", "--instruction", "Reply today", "--token-file", token])
        #expect(defaulted.out.contains("due 2026-10-30T17:00:00+08:00"), "5 working days by default")
    }

    @Test func rejectGivesThePointsBack() throws {
        let f = try SignoffFixture()
        let b = try f.signoff(of: "N-B")
        let rejected = try f.signoff(["reject", "\(b.id)", "--reason", "Dispatched to the wrong unit", "--token-file", f.tokenFile(for: "l-nanguan-01")])
        #expect(rejected.exitCode == 0, "\(rejected.err)")
        #expect(rejected.out.contains("rejected sign-off \(b.id): 5 points given back to cc.nanguan.nanling.fanrong"))
        let decided = try f.signoff(of: "N-B")
        #expect(decided.status == .rejected && decided.reason == "Dispatched to the wrong unit")
    }

    @Test func returnPausesTheClockAndResubmitPutsItBackLater() throws {
        let f = try SignoffFixture()
        let (a, b) = (try f.signoff(of: "N-A"), try f.signoff(of: "N-B"))
        let token = try f.tokenFile(for: "l-nanguan-02")
        let returned = try f.signoff(["return", "\(a.id)", "--reason", "Attach the unit's reply", "--token-file", token])
        #expect(returned.exitCode == 0, "\(returned.err)")
        #expect(returned.out.contains("returned sign-off \(a.id) to the hotline centre; its clock is paused until `casewatch signoff resubmit \(a.id)`"))
        #expect(listedIDs(try f.signoff(["list", "--token-file", token]).out) == [b.id])
        let all = try f.signoff(["list", "--all"])
        #expect(all.out.contains("returned") && all.out.contains("paused (returned)"))
        let early = try f.signoff(["approve", "\(a.id)", "--instruction", "Go", "--token-file", token])
        #expect(early.exitCode == 1)
        #expect(early.err.contains("was returned to the hotline centre; it can be decided once it is resubmitted"))
        // Resubmitted on Monday 10:00, 64 hours after it was returned: due Monday 17:00 + 64h = Thursday 09:00.
        let resubmitted = try f.signoff(["resubmit", "\(a.id)", "--note", "Reply attached"], at: "2026-10-26T10:00")
        #expect(resubmitted.exitCode == 0, "\(resubmitted.err)")
        #expect(resubmitted.out.contains("resubmitted sign-off \(a.id): pending again at the district level, sign by 2026-10-29T09:00:00+08:00"))
        #expect(listedIDs(try f.signoff(["list", "--token-file", token], at: "2026-10-26T10:00").out) == [b.id, a.id])
        let again = try f.signoff(["resubmit", "\(a.id)"], at: "2026-10-26T10:00")
        #expect(again.exitCode == 1)
        #expect(again.err.contains("sign-off \(a.id) is pending, not returned"))
        let audit = try f.store().read { try $0.auditEntries() }.filter { $0.action == "signoff.resubmit" }
        #expect(audit.count == 1 && audit[0].actor.hasPrefix("staff:") && audit[0].detail.contains("Reply attached"))
    }

    @Test func aSignoffPassedUpALevelReachesTheCityAndIsListedOnce() throws {
        let f = try SignoffFixture()
        let a = try f.signoff(of: "N-A")
        var supervisor = Supervisor(store: try f.store(), catalog: try ConfigLoader.loadPolicySet(at: CommandHarness.policies))
        let passed = try supervisor.escalateExpiredSignoffs(at: f.at("2026-10-26T17:30"))
        #expect(Set(passed.map(\.expired.caseID.rawValue)) == ["N-A", "K-C"])
        let cityID = try #require(passed.first { $0.expired.id == a.id }?.newID)
        let city = try f.signoff(["list", "--token-file", f.tokenFile(for: "l-cc-01")], at: "2026-10-26T17:30")
        #expect(listedIDs(city.out).contains(cityID), "\(city.out)")
        let old = try f.signoff(["approve", "\(a.id)", "--instruction", "Go", "--token-file", f.tokenFile(for: "l-nanguan-02")], at: "2026-10-26T17:30")
        #expect(old.exitCode == 1 && old.err.contains("passed to the next level (sign-off \(cityID)); decide that one"))
        let approved = try f.signoff(["approve", "\(cityID)", "--instruction", "Go", "--token-file", f.tokenFile(for: "l-cc-01")], at: "2026-10-26T17:30")
        #expect(approved.exitCode == 0, "\(approved.err)")
        // Each escalation is listed once, with its current sign-off, though it has had two.
        let leadership = try f.store().read { try $0.escalations(caseID: CaseID("N-A"), tier: .leadership) }
        #expect(leadership.count == 1 && leadership.first?.escalation.signoffLevel == "city" && leadership.first?.signoffStatus == "approved")
    }
}
