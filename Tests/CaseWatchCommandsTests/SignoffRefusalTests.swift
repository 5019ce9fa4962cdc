import CaseWatchCore
import CaseWatchStore
import Foundation
import Testing

/// Every refusal of a leader's decision exits 1 with the reason, decides nothing, and is audited.
@Suite struct SignoffRefusalTests {
    /// Asserts a refused approval of `id`: exit 1, the message, the sign-off still as it was, and an
    /// audited refusal by `actor` recording the rule broken (`code`).
    func expectRefused(_ f: SignoffFixture, _ result: CommandResult, _ message: String, id: Int64, actor: String, code: String) throws {
        #expect(result.exitCode == 1, "\(result.out)")
        #expect(result.err.contains("refused: "), "\(result.err)")
        #expect(result.err.contains(message), "\(result.err)")
        let refusals = try f.store().read { try $0.auditEntries(actor: actor) }.filter { $0.action == "signoff.refused" }
        #expect(refusals.last?.detail.contains(#""reason":"\#(code)""#) == true, "\(refusals)")
    }

    @Test func aLeaderOutsideTheUnitsJurisdictionIsRefused() throws {
        let f = try SignoffFixture()
        let a = try f.signoff(of: "N-A")
        let result = try f.signoff(["approve", "\(a.id)", "--instruction", "Go", "--token-file", f.tokenFile(for: "l-kuancheng-01")])
        try expectRefused(f, result, "charges unit cc.nanguan.ziqiang.dongling, outside l-kuancheng-01's jurisdiction (cc.kuancheng)", id: a.id, actor: "l-kuancheng-01", code: "outside_jurisdiction")
        #expect(try f.signoff(of: "N-A").status == .pending)
    }

    @Test func aLeaderOfAnotherLevelIsRefused() throws {
        let f = try SignoffFixture()
        let a = try f.signoff(of: "N-A")
        let result = try f.signoff(["reject", "\(a.id)", "--reason", "No", "--token-file", f.tokenFile(for: "l-cc-01")])
        try expectRefused(f, result, "sign-off \(a.id) is addressed to a district leader; l-cc-01 signs off at the city level", id: a.id, actor: "l-cc-01", code: "wrong_level")
    }

    @Test func aRevokedTokenIsRefused() throws {
        let f = try SignoffFixture()
        let a = try f.signoff(of: "N-A")
        let token = try f.tokenFile(for: "l-nanguan-02")
        #expect(try f.run(["leaders", "revoke", "l-nanguan-02"]).exitCode == 0)
        let result = try f.signoff(["approve", "\(a.id)", "--instruction", "Go", "--token-file", token])
        try expectRefused(f, result, "l-nanguan-02's token was revoked", id: a.id, actor: "l-nanguan-02", code: "revoked_token")
    }

    @Test func aMissingOrUnknownTokenIsRefused() throws {
        let f = try SignoffFixture()
        let a = try f.signoff(of: "N-A")
        let missing = try f.signoff(["approve", "\(a.id)", "--instruction", "Go"])
        try expectRefused(f, missing, "no token: set CASEWATCH_TOKEN or pass --token-file", id: a.id, actor: "unknown", code: "no_token")
        let forged = try f.saveToken("cwt_" + String(repeating: "0", count: 64), name: "forged")
        let unknown = try f.signoff(["approve", "\(a.id)", "--instruction", "Go", "--token-file", forged])
        try expectRefused(f, unknown, "the token is not one CaseWatch issued", id: a.id, actor: "unknown", code: "unknown_token")
    }

    @Test func aSecondDecisionIsRefused() throws {
        let f = try SignoffFixture()
        let a = try f.signoff(of: "N-A")
        #expect(try f.signoff(["approve", "\(a.id)", "--instruction", "Go", "--token-file", f.tokenFile(for: "l-nanguan-02")]).exitCode == 0)
        let second = try f.signoff(["reject", "\(a.id)", "--reason", "No", "--token-file", f.tokenFile(for: "l-nanguan-01")])
        try expectRefused(f, second, "sign-off \(a.id) was already approved by l-nanguan-02; a decision is final", id: a.id, actor: "l-nanguan-01", code: "already_decided")
        #expect(try f.signoff(of: "N-A").status == .approved)
    }

    @Test func aDecisionOnAnExpiredSignoffIsRefused() throws {
        let f = try SignoffFixture()
        let a = try f.signoff(of: "N-A")
        let late = try f.signoff(["approve", "\(a.id)", "--instruction", "Go", "--token-file", f.tokenFile(for: "l-nanguan-02")], at: "2026-10-26T17:30")
        try expectRefused(f, late, "sign-off \(a.id) expired at 2026-10-26T09:00:00Z unsigned; it passes to the city level", id: a.id, actor: "l-nanguan-02", code: "expired")
        let listed = try f.signoff(["list", "--token-file", f.tokenFile(for: "l-nanguan-02")], at: "2026-10-26T17:30")
        #expect(listed.out.contains("expired 30m ago"))
    }

    @Test func anEmptyInstructionABadDeadlineAndAnUnknownSignoffAreRefused() throws {
        let f = try SignoffFixture()
        let a = try f.signoff(of: "N-A")
        let token = try f.tokenFile(for: "l-nanguan-02")
        let empty = try f.signoff(["approve", "\(a.id)", "--instruction", "  ", "--token-file", token])
        try expectRefused(f, empty, "--instruction is empty", id: a.id, actor: "l-nanguan-02", code: "empty_instruction")
        let badDeadline = try f.signoff(["approve", "\(a.id)", "--instruction", "Go", "--deadline", "soon", "--token-file", token])
        #expect(badDeadline.exitCode == 1)
        #expect(badDeadline.err.contains("--deadline"))
        let unknown = try f.signoff(["approve", "999", "--instruction", "Go", "--token-file", token])
        try expectRefused(f, unknown, "no sign-off 999", id: 999, actor: "l-nanguan-02", code: "no_such_signoff")
        #expect(try f.signoff(of: "N-A").status == .pending)
    }

    @Test func aTokenFileOthersMayReadIsRefused() throws {
        let f = try SignoffFixture()
        let open = try f.saveToken(try f.token(for: "l-nanguan-02"), name: "open", mode: 0o644)
        let result = try f.signoff(["list", "--token-file", open])
        #expect(result.exitCode == 1)
        #expect(result.err.contains("--token-file \(open): the file is open to other users (mode 644); a token is a password: run `chmod 600 \(open)`"))
        let missing = try f.signoff(["list", "--token-file", f.directory.path + "/nothing"])
        #expect(missing.exitCode == 1 && missing.err.contains("cannot read it"))
    }
}
