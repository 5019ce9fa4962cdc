import CaseWatchCore
import CaseWatchEngine
import CaseWatchStore
import Foundation
import Testing

/// Who may issue and revoke leaders' tokens: the database file's owner, or a leader for leaders at or
/// below their level in their jurisdiction; every refusal typed and audited.
@Suite struct TokenDeskTests {
    /// The fixture, its token desk, and the uid owning its database file.
    struct Setting {
        let s: SignoffFixture
        let desk: TokenDesk
        let owner: UInt32

        init() throws {
            s = try SignoffFixture()
            desk = TokenDesk(store: s.f.store)
            let attributes = try FileManager.default.attributesOfItem(atPath: s.f.store.path)
            owner = (attributes[.ownerAccountID] as! NSNumber).uint32Value
        }

        var now: Instant { Instant(secondsSinceEpoch: 1_800_000_000) }

        /// The last audit entry's action and detail.
        func lastAudit() throws -> (actor: String, action: String, detail: String)? {
            try s.f.store.read { try $0.auditEntries() }.last.map { ($0.actor, $0.action, $0.detail) }
        }
    }

    @Test func theDatabasesOwnerIssuesAnyTokenAuditedAsTheAccount() throws {
        let t = try Setting()
        let issued = try t.desk.issue(to: "l-city", by: .operatingSystemUser(id: t.owner), at: t.now)
        #expect(issued.leader.id == "l-city")
        #expect(try t.s.desk.authenticate(token: issued.token, at: t.now).id == "l-city", "the new token works")
        let audit = try #require(try t.lastAudit())
        #expect(audit.action == "token.issue" && audit.actor == "staff:\(OperatingSystemUser.name(of: t.owner))")
    }

    @Test func anotherAccountIsRefusedAndAudited() throws {
        let t = try Setting()
        let stranger: UInt32 = t.owner == 4_242 ? 4_243 : 4_242
        #expect(throws: TokenRefusal.notDatabaseOwner(
            user: OperatingSystemUser.name(of: stranger), uid: stranger, owner: OperatingSystemUser.name(of: t.owner), ownerUID: t.owner
        )) {
            try t.desk.issue(to: "l-city", by: .operatingSystemUser(id: stranger), at: t.now)
        }
        #expect(throws: TokenRefusal.self) { try t.desk.revoke(of: "l-city", by: .operatingSystemUser(id: stranger), at: t.now) }
        let audit = try #require(try t.lastAudit())
        #expect(audit.action == "token.refused" && audit.detail.contains(#""reason":"not_database_owner""#))
        #expect(try t.s.desk.authenticate(token: t.s.tokens["l-city"], at: t.now).id == "l-city", "nothing was revoked")
    }

    @Test func aDistrictLeaderCannotIssueACityTokenNorOneForAnotherDistrict() throws {
        let t = try Setting()
        let district = try #require(t.s.tokens["l-nanguan"])
        #expect(throws: TokenRefusal.notAuthorised(.levelAbove(issuer: "l-nanguan", issuerLevel: "district", target: "l-city", targetLevel: "city"))) {
            try t.desk.issue(to: "l-city", by: .leader(token: district), at: t.now)
        }
        #expect(try t.lastAudit()?.actor == "l-nanguan")
        #expect(try t.lastAudit()?.detail.contains(#""reason":"level_above_issuer""#) == true)
        #expect(throws: TokenRefusal.notAuthorised(.outsideJurisdiction(
            issuer: "l-nanguan", issuerJurisdiction: UnitID("cc.nanguan"), target: "l-chaoyang", targetJurisdiction: UnitID("cc.chaoyang")
        ))) {
            try t.desk.revoke(of: "l-chaoyang", by: .leader(token: district), at: t.now)
        }
        #expect(try t.s.desk.authenticate(token: t.s.tokens["l-city"], at: t.now).id == "l-city", "the city token still works")
    }

    @Test func aCityLeaderIssuesADistrictTokenAndALeaderRenewsTheirOwn() throws {
        let t = try Setting()
        let city = try #require(t.s.tokens["l-city"])
        let issued = try t.desk.issue(to: "l-chaoyang", by: .leader(token: city), at: t.now)
        #expect(try t.lastAudit()?.actor == "l-city")
        #expect(throws: SignoffRefusal.unknownToken) { try t.s.desk.authenticate(token: t.s.tokens["l-chaoyang"], at: t.now) }
        let renewed = try t.desk.issue(to: "l-chaoyang", by: .leader(token: issued.token), at: t.now)
        #expect(try t.s.desk.authenticate(token: renewed.token, at: t.now).id == "l-chaoyang")
    }

    @Test func aRevokedOrUnknownIssuerTokenAndAnUnknownLeaderAreRefused() throws {
        let t = try Setting()
        let city = try #require(t.s.tokens["l-city"])
        try t.desk.revoke(of: "l-city", by: .operatingSystemUser(id: t.owner), at: t.now)
        #expect(throws: TokenRefusal.issuerToken(.revokedToken(leader: "l-city", at: t.now))) {
            try t.desk.issue(to: "l-city", by: .leader(token: city), at: t.now)
        }
        #expect(throws: TokenRefusal.issuerToken(.unknownToken)) {
            try t.desk.issue(to: "l-city", by: .leader(token: LeaderToken.generate()), at: t.now)
        }
        #expect(throws: TokenRefusal.noSuchLeader("l-nobody")) {
            try t.desk.issue(to: "l-nobody", by: .operatingSystemUser(id: t.owner), at: t.now)
        }
        #expect(throws: TokenRefusal.noValidToken(leader: "l-city")) {
            try t.desk.revoke(of: "l-city", by: .operatingSystemUser(id: t.owner), at: t.now)
        }
    }
}
