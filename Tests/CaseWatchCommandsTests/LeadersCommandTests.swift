import CaseWatchCore
import CaseWatchStore
import Foundation
import Testing

/// `casewatch leaders list|sync|token|revoke`: the roster, and tokens shown once and stored as hashes.
@Suite struct LeadersCommandTests {
    @Test func aTokenIsShownOnceAndOnlyItsHashIsStored() throws {
        let f = try SignoffFixture()
        let issued = try f.run(["leaders", "token", "l-nanguan-02"])
        #expect(issued.exitCode == 0, "\(issued.err)")
        let token = issued.out.trimmingCharacters(in: .newlines)
        #expect(issued.out == token + "\n", "standard output holds the token alone")
        #expect(token.hasPrefix("cwt_") && token.count == 68)
        #expect(issued.err.contains("token for l-nanguan-02 (王海波, 副区长) above: it is shown only this once and stored only as its hash"))
        let credential = try f.store().read { try $0.leaderCredential(tokenHash: LeaderToken.hash(token)) }
        #expect(credential?.leader.id == "l-nanguan-02" && credential?.revokedAt == nil)
        for suffix in ["", "-wal"] {
            let bytes = FileManager.default.contents(atPath: f.db + suffix) ?? Data()
            #expect(bytes.range(of: Data(token.utf8)) == nil, "the token itself is in \(f.db + suffix)")
        }
        let audit = try f.store().read { try $0.auditEntries() }.filter { $0.action == "token.issue" }
        #expect(audit.count == 1 && audit[0].actor.hasPrefix("staff:") && audit[0].detail == #"{"leader":"l-nanguan-02"}"#)
        #expect(!(try f.run(["audit", "list", "--json", "--policies", CommandHarness.policies]).out.contains(token)))
        // A new token replaces the old one.
        let old = try f.saveToken(token, name: "old")
        let renewed = try f.tokenFile(for: "l-nanguan-02")
        #expect(try f.signoff(["list", "--token-file", old]).err.contains("refused: the token is not one CaseWatch issued"))
        #expect(try f.signoff(["list", "--token-file", renewed]).exitCode == 0)
    }

    @Test func aTokenCanGoStraightToANewPrivateFile() throws {
        let f = try SignoffFixture()
        let path = f.directory.path + "/wang.token"
        let issued = try f.run(["leaders", "token", "l-nanguan-02", "--output", path])
        #expect(issued.exitCode == 0, "\(issued.err)")
        #expect(issued.out == "token for l-nanguan-02 (王海波, 副区长) written to \(path) (mode 600); pass it with --token-file \(path)\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        #expect(try f.signoff(["list", "--token-file", path]).out.contains("sign-offs awaiting l-nanguan-02"))
        let again = try f.run(["leaders", "token", "l-nanguan-02", "--output", path])
        #expect(again.exitCode == 1 && again.err.contains("--output \(path): cannot create it"))
        let unknown = try f.run(["leaders", "token", "l-nobody", "--output", f.directory.path + "/nobody.token"])
        #expect(unknown.exitCode == 1 && unknown.err.contains("no leader 'l-nobody' on the roster"))
        #expect(!FileManager.default.fileExists(atPath: f.directory.path + "/nobody.token"))
    }

    @Test func revokeEndsATokenOnce() throws {
        let f = try SignoffFixture()
        let token = try f.tokenFile(for: "l-kuancheng-01")
        let revoked = try f.run(["leaders", "revoke", "l-kuancheng-01"])
        #expect(revoked.exitCode == 0, "\(revoked.err)")
        #expect(revoked.out.contains("revoked l-kuancheng-01's token"))
        let refused = try f.signoff(["list", "--token-file", token])
        #expect(refused.exitCode == 1 && refused.err.contains("refused: l-kuancheng-01's token was revoked at 2026-10-23T10:00:00Z"))
        let again = try f.run(["leaders", "revoke", "l-kuancheng-01"])
        #expect(again.exitCode == 1 && again.err.contains("l-kuancheng-01 has no valid token to revoke"))
        let unknown = try f.run(["leaders", "revoke", "l-nobody"])
        #expect(unknown.exitCode == 1 && unknown.err.contains("no leader 'l-nobody' on the roster"))
        let audit = try f.store().read { try $0.auditEntries() }.map(\.action)
        #expect(audit.filter { $0 == "token.revoke" }.count == 1)
    }

    @Test func syncMakesTheRosterTheFilesAndAuditsTheChange() throws {
        let f = try SignoffFixture()
        let kept = try f.tokenFile(for: "l-nanguan-02")
        let removed = try f.tokenFile(for: "l-jingyue-01")
        let roster = try f.directory.write("leaders.yaml", """
            kind: roster
            leaders:
              - {id: l-cc-01, name: 刘志远, title: 市长, level: city, jurisdiction: cc}
              - {id: l-nanguan-02, name: 王海波, title: 副区长, level: district, jurisdiction: cc.nanguan}
              - {id: l-nanguan-03, name: 林悦, title: 副区长, level: district, jurisdiction: cc.nanguan}

            """)
        let synced = try f.run(["leaders", "sync", "--roster", roster])
        #expect(synced.exitCode == 0, "\(synced.err)")
        #expect(synced.out.contains("3 leaders; 1 added (l-nanguan-03), 1 updated (l-cc-01), 13 removed ("))
        #expect(try f.store().read { try $0.leaders() }.map(\.id) == ["l-cc-01", "l-nanguan-02", "l-nanguan-03"])
        #expect(try f.signoff(["list", "--token-file", kept]).exitCode == 0, "a leader who stays keeps the token")
        #expect(try f.signoff(["list", "--token-file", removed]).exitCode == 1, "a leader removed loses it")
        let audit = try #require(try f.store().read { try $0.auditEntries() }.last { $0.action == "roster.sync" })
        #expect(audit.detail.contains(#""added":"l-nanguan-03""#) && audit.detail.contains(#""updated":"l-cc-01""#))
        let listed = try f.run(["leaders", "list"])
        #expect(listed.out.contains("l-nanguan-03  林悦") && listed.out.contains("3 leaders"))
    }

    @Test func aBadRosterChangesNothing() throws {
        let f = try SignoffFixture()
        let roster = try f.directory.write("bad.yaml", """
            kind: roster
            leaders:
              - {id: l-x, name: X, title: 副区长, level: district, jurisdiction: cc.nowhere}

            """)
        let result = try f.run(["leaders", "sync", "--roster", roster])
        #expect(result.exitCode == 1)
        #expect(result.err.contains("cannot load the roster; nothing was changed"))
        #expect(result.err.contains("bad.yaml:3:"), "\(result.err)")
        #expect(try f.store().read { try $0.leaders() }.count == 15)
        #expect(try f.store().read { try $0.auditEntries() }.allSatisfy { $0.action != "roster.sync" })
    }

    @Test func theTokenIsReadFromCASEWATCH_TOKEN() throws {
        let f = try SignoffFixture()
        let token = try f.token(for: "l-nanguan-02")
        let arguments = ["signoff", "list", "--db", f.db, "--policies", CommandHarness.policies]
        let listed = try Captured.run(arguments, environment: ["CASEWATCH_TOKEN": token + "\n"])
        #expect(listed.status == 0, "\(listed.err)")
        #expect(listed.out.contains("sign-offs awaiting l-nanguan-02"))
        let forged = try Captured.run(arguments, environment: ["CASEWATCH_TOKEN": "cwt_forged"])
        #expect(forged.status == 1 && forged.err.contains("refused: the token is not one CaseWatch issued"))
    }
}

/// The built `casewatch` run as a child process, its output captured.
enum Captured {
    /// Runs `casewatch` to the end with extra environment variables.
    static func run(_ arguments: [String], environment: [String: String]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = ChildProcess.executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
