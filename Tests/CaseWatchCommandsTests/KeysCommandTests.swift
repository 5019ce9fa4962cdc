import CaseWatchCommands
import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import CaseWatchTesting
import Foundation
import Testing

/// `casewatch keys create|list|revoke`: a key printed once and stored as its hash, listed without secrets,
/// revoked by name; refusals worded with the remedy; every move audited as the operating-system user.
@Suite struct KeysCommandTests {
    let temporary: TemporaryStore
    let now = Instant(secondsSinceEpoch: 1_800_000_000)

    init() throws {
        temporary = try TemporaryStore()
    }

    private func keys(_ arguments: [String]) -> CommandResult {
        CommandClock.$fixed.withValue(now) { CommandHarness.run(["keys"] + arguments + ["--db", temporary.path]) }
    }

    @Test func aKeyIsPrintedOnceAndOnlyItsHashIsStored() throws {
        let created = keys(["create", "crm-ingest", "--scope", "ingest", "--scope", "read"])
        #expect(created.exitCode == 0, "\(created.err)")
        let text = created.out.trimmingCharacters(in: .newlines)
        #expect(created.out == text + "\n", "standard output holds the key alone")
        #expect(text.hasPrefix("cwk_1_") && text.count == 6 + 43)
        #expect(created.err.contains("key crm-ingest (cwk_1, scopes ingest,read) above: it is shown only this once and stored only as its hash"))
        for suffix in ["", "-wal"] {
            let bytes = FileManager.default.contents(atPath: temporary.path + suffix) ?? Data()
            #expect(bytes.range(of: Data(text.suffix(43).utf8)) == nil, "the secret is in \(temporary.path + suffix)")
        }
        let audit = try temporary.store.read { try $0.auditEntries() }
        #expect(audit.count == 1 && audit[0].action == "key.create" && audit[0].actor == "staff:\(OperatingSystemUser.name)")
        let listed = keys(["list"])
        #expect(listed.exitCode == 0 && listed.out.contains("cwk_1") && listed.out.contains("crm-ingest") && listed.out.contains("ingest,read"))
        #expect(listed.out.contains("1 key\n") && !listed.out.contains(String(text.suffix(43))), "never the secret")
        #expect(try KeyDesk(store: temporary.store).check(text) != .failure(.unknown(prefix: "cwk_1")), "the printed key works")
    }

    @Test func revokeEndsAKeyOnceAndListAllShowsIt() throws {
        _ = keys(["create", "crm", "--scope", "read"])
        let revoked = keys(["revoke", "crm"])
        #expect(revoked.exitCode == 0, "\(revoked.err)")
        #expect(revoked.out == "revoked key crm (cwk_1); a running casewatchd refuses it within a second\n")
        let again = keys(["revoke", "crm"])
        #expect(again.exitCode == 1 && again.err.contains("refused: no key in force is named 'crm' and no key has that id"))
        let byPrefix = keys(["revoke", "cwk_1"])
        #expect(byPrefix.exitCode == 1 && byPrefix.err.contains("key crm (cwk_1) was already revoked"))
        #expect(keys(["list"]).out.contains("no API keys in force; `casewatch keys create <name> --scope read` creates one"))
        let all = keys(["list", "--all"])
        #expect(all.out.contains("crm") && all.out.contains("by staff:"))
        let actions = try temporary.store.read { try $0.auditEntries() }.map(\.action)
        #expect(actions == ["key.create", "key.revoke", "key.refused", "key.refused"])
    }

    @Test func refusalsSayWhatIsWrongAndHowToFixIt() throws {
        let noScope = keys(["create", "crm"])
        #expect(noScope.exitCode == 1 && noScope.err.contains("refused: give the key at least one --scope: ingest, read or signoff"))
        let badScope = keys(["create", "crm", "--scope", "write"])
        #expect(badScope.exitCode != 0 && badScope.err.contains("--scope 'write': write ingest, read or signoff"))
        let badName = keys(["create", "9 lives", "--scope", "read"])
        #expect(badName.exitCode == 1 && badName.err.contains("key name '9 lives': use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter"))
        _ = keys(["create", "crm", "--scope", "read"])
        let taken = keys(["create", "crm", "--scope", "ingest"])
        #expect(taken.exitCode == 1 && taken.err.contains("a key named crm is in force (cwk_1); choose another name, or `casewatch keys revoke crm` first"))
        #expect(try temporary.store.read { try $0.apiKeys(includingRevoked: true) }.count == 1, "nothing else stored")
    }
}
