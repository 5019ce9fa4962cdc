import CaseWatchTesting
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Foundation
import Testing

/// Nobody mints a token above their authority, and no id, actor or `$USER` forges a line of a terminal,
/// the daemon's log or `audit list`.
@Suite struct ForgeryTests {
    /// A fake line an attacker would like to see printed as if CaseWatch wrote it.
    static let forgedLine = "2026-10-23T10:00:00.000Z notice escalation case=FAKE tier=leadership"

    @Test func aDistrictLeaderCannotMintACityLeadersToken() throws {
        let f = try SignoffFixture()
        let district = try f.tokenFile(for: "l-nanguan-02")
        let result = try f.run(["leaders", "token", "l-cc-01", "--token-file", district])
        #expect(result.exitCode == 1)
        #expect(result.out.isEmpty, "no token printed: \(result.out)")
        #expect(result.err.contains(
            "refused: l-nanguan-02 acts at the district level and cannot issue or revoke the token of l-cc-01, a city leader"
        ), "\(result.err)")
        let refused = try f.store().read { try $0.auditEntries(actor: "l-nanguan-02") }.last
        #expect(refused?.action == "token.refused" && refused?.detail.contains(#""reason":"level_above_issuer""#) == true)
        let revoke = try f.run(["leaders", "revoke", "l-kuancheng-01", "--token-file", district])
        #expect(revoke.exitCode == 1 && revoke.err.contains("lies outside l-nanguan-02's (cc.nanguan)"), "\(revoke.err)")
        // A city leader may issue a district leader's token.
        let city = try f.tokenFile(for: "l-cc-01")
        #expect(try f.run(["leaders", "token", "l-nanguan-02", "--token-file", city]).exitCode == 0)
    }

    @Test func theStaffActorIsTheAccountNotTheUSERVariable() throws {
        let f = try SignoffFixture()
        let status = try ChildProcess.run(
            ["leaders", "token", "l-nanguan-02", "--db", f.db], environment: ["USER": "mallory\n" + Self.forgedLine]
        )
        #expect(status == 0)
        let issue = try f.store().read { try $0.auditEntries() }.last { $0.action == "token.issue" }
        #expect(issue?.actor == "staff:\(OperatingSystemUser.name)", "\(issue?.actor ?? "")")
        #expect(issue?.actor.contains("mallory") == false)
    }

    @Test func anActorWithANewlineCannotForgeAnAuditListLine() throws {
        let f = try SignoffFixture()
        try f.store().write { writer in
            _ = try writer.appendAudit(at: Instant(secondsSinceEpoch: 1_800_000_000), actor: "x\n" + Self.forgedLine + "\u{1B}[2K", action: "test", detail: "{}")
        }
        let listed = try f.run(["audit", "list", "--policies", CommandHarness.policies])
        #expect(listed.exitCode == 0)
        #expect(!listed.out.split(separator: "\n").contains { $0.hasPrefix("2026-10-23T10:00") }, "\(listed.out)")
        #expect(listed.out.contains(#"x\n2026-10-23T10:00:00.000Z notice escalation case=FAKE tier=leadership\u{1B}[2K"#))
        #expect(!listed.out.contains("\u{1B}"))
    }

    @Test func anIngestedIdOrActorWithAControlCharacterIsRefused() throws {
        let f = try IntakeFixture()
        let lines = [
            IntakeLine.json(id: "E1", case: "C1\n" + Self.forgedLine, type: "registered", at: "2026-10-14T09:00:00+08:00", fields: ["category": "complaint", "urgency": "normal"]),
            IntakeLine.json(id: "E2\u{0}", case: "C2", type: "registered", at: "2026-10-14T09:00:00+08:00", fields: ["category": "complaint", "urgency": "normal"]),
            #"{"actor":"agent\u202e10","at":"2026-10-14T09:00:00+08:00","case":"C3","category":"complaint","id":"E3","type":"registered","urgency":"normal"}"#,
        ]
        let file = try f.write("forged.jsonl", lines.joined(separator: "\n") + "\n")
        let result = f.run(["ingest", file])
        #expect(result.exitCode != 0)
        #expect(result.err.contains(#"\#(file):1: 'case' holds the control character \n ('C1\n2026-10-23T10:00"#), "\(result.err)")
        #expect(result.err.contains(#"\#(file):2: 'id' holds the control character \u{0}"#), "\(result.err)")
        #expect(result.err.contains(#"\#(file):3: 'actor' holds the control character \u{202E}"#), "\(result.err)")
        #expect(!result.err.split(separator: "\n").contains { $0.hasPrefix("2026-10-23T10:00") })
        #expect(f.run(["cases", "list"]).out.contains("no cases match"))
    }
}
