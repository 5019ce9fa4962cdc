import CaseWatchConfig
import CaseWatchCore
import CaseWatchTesting
import Testing

/// Loading `kind: notify` into the core's routing, with the policy set.
@Suite("Notify routing: loading")
struct NotifyLoadTests {
    @Test func theRoutingLoadsWithThePolicySet() throws {
        let directory = try TemporaryDirectory()
        try directory.write("calendar.yaml", Fixtures.calendar)
        try directory.write("policy.yaml", Fixtures.policy)
        #expect(try ConfigLoader.loadPolicySet(at: directory.path, secrets: NotifyFixtures.secrets).notify == nil)
        try directory.write("notify.yaml", NotifyFixtures.notify)
        let routing = try #require(try ConfigLoader.loadPolicySet(at: directory.path, secrets: NotifyFixtures.secrets).notify)
        #expect(routing.baseURL == "https://casewatch.example.org/cases/")
        #expect(routing.urgentUrgencies == [Urgency("urgent")])
        #expect(routing.receivers["log"] == NotifyReceiver(name: "log", channel: .command(path: "/bin/true", arguments: ["--quiet"])))
        #expect(routing.receivers["office"] == NotifyReceiver(
            name: "office", channel: .webhook(url: "https://hooks.example.org/casewatch", secret: .environment("HOOK_SECRET"), headers: [:]),
            workingHoursOnly: true, groupWaitSeconds: 300, timeoutSeconds: 10, maxAgeSeconds: 86_400
        ))
        #expect(routing.receivers["robot"]?.channel == .dingtalk(url: "https://oapi.dingtalk.com/robot/send?access_token=t", secret: .file("/etc/robot.secret")))
        #expect(routing.routes == [
            NotifyRoute(matcher: RouteMatcher(kinds: [.escalation], tiers: [.warning, .overdue]), unitContacts: true, continues: true),
            NotifyRoute(matcher: RouteMatcher(kinds: [.signoffRequested], levels: ["district"]), leaders: true),
            NotifyRoute(
                matcher: RouteMatcher(urgencies: [Urgency("normal")], categories: [CaseCategory("road")!], units: [UnitID("cc.nanguan")]),
                receivers: ["robot"]
            ),
            NotifyRoute(matcher: RouteMatcher(), receivers: ["log"]),
        ])
        #expect(routing.unitContacts == [UnitID("cc.nanguan"): ["office"]])
    }

    @Test func aReceiverTakesDefaultsForWhatItLeavesOut() throws {
        let directory = try TemporaryDirectory()
        try directory.write("calendar.yaml", Fixtures.calendar)
        try directory.write("policy.yaml", Fixtures.policy)
        try directory.write("notify.yaml", "kind: notify\nreceivers: [{name: log, channel: command, command: [/bin/true]}]\nroutes: [{receivers: log}]\n")
        let routing = try #require(try ConfigLoader.loadPolicySet(at: directory.path, secrets: NotifySecretProbe(environment: [:])).notify)
        #expect(routing.receivers["log"] == NotifyReceiver(name: "log", channel: .command(path: "/bin/true", arguments: [])))
        #expect(routing.urgentUrgencies == NotifyRouting.defaultUrgentUrgencies)
        #expect(routing.baseURL == nil)
    }

    @Test func theLeadersReceiversComeFromTheRoster() throws {
        let directory = try TemporaryDirectory()
        let roster = try directory.write("leaders.yaml", """
            kind: roster
            leaders:
              - {id: l-cc-01, name: 刘志远, title: 副市长, level: city, jurisdiction: cc, receivers: [log, office]}
              - {id: l-nanguan-01, name: 王海波, title: 副区长, level: district, jurisdiction: cc.nanguan, receivers: robot}
              - {id: l-nanguan-02, name: 李春梅, title: 区长, level: district, jurisdiction: cc.nanguan}

            """)
        #expect(try ConfigLoader.loadLeaderReceivers(at: roster) == ["l-cc-01": ["log", "office"], "l-nanguan-01": ["robot"]])
        // The roster's receivers are checked against the routing when both are checked together.
        let units = try directory.write("units.yaml", Fixtures.units)
        #expect(ConfigLoader.check(paths: [roster, units]) == [])
        let problems = try NotifyFixtures.check(files: [
            "units.yaml": Fixtures.units,
            "leaders.yaml": """
                kind: roster
                leaders:
                  - {id: l-cc-01, name: 刘志远, title: 副市长, level: city, jurisdiction: cc, receivers: [offce]}
                  - {id: l-nanguan-01, name: 王海波, title: 副区长, level: district, jurisdiction: cc.nanguan}

                """,
        ])
        expectOnly(problems, at: "leaders.yaml:3:85", containing: "unknown receiver 'offce'; did you mean 'office'?")
    }

    @Test func theShippedRoutingWorksOfflineAndChecksCleanWithTheSeeds() throws {
        let set = try ConfigLoader.loadPolicySet(at: RepositoryPolicies.directory, secrets: NotifySecretProbe(environment: [:]))
        let routing = try #require(set.notify)
        for receiver in routing.receivers.values {
            guard case .command = receiver.channel else {
                Issue.record("the shipped receiver '\(receiver.name)' needs a network: \(receiver.channel.kind)")
                continue
            }
        }
        let seeds = RepositoryPolicies.root + "/seeds"
        #expect(ConfigLoader.check(paths: [RepositoryPolicies.directory, seeds], secrets: NotifySecretProbe(environment: [:])) == [])
        let leaders = try ConfigLoader.loadLeaderReceivers(at: seeds + "/leaders.yaml")
        #expect(leaders.values.allSatisfy { $0.allSatisfy { routing.receivers[$0] != nil } })
        #expect(!leaders.isEmpty)
        // Every tier of the shipped ladder reaches somebody.
        let lineage = ["cc.nanguan.ziqiang.dongling", "cc.nanguan.ziqiang", "cc.nanguan", "cc"].map { UnitID($0) }
        for tier in set.policies[0].ladder {
            let notice = Notice(
                kind: .escalation, caseID: CaseID("C"), cycle: 1, unit: lineage[0], category: "road", urgency: Urgency("normal"),
                tier: tier.name, action: tier.action, dueAt: nil, at: Instant(secondsSinceEpoch: 0), signoff: nil, next: nil
            )
            #expect(!routing.plan(notice, lineage: lineage, leaders: [], calendar: nil, now: Instant(secondsSinceEpoch: 0)).isEmpty, "\(tier.name)")
        }
    }
}

/// A bad routing makes the policy set fail to load, as a bad policy does; the roster's receivers are names.
@Suite("Notify routing: refused loads")
struct NotifyRefusedLoadTests {
    @Test func aBadRoutingFileStopsThePolicySetFromLoading() throws {
        let directory = try TemporaryDirectory()
        try directory.write("calendar.yaml", Fixtures.calendar)
        try directory.write("policy.yaml", Fixtures.policy)
        try directory.write("notify.yaml", Fixtures.replacing(line: 22, of: NotifyFixtures.notify, with: "    receivers: [robt]"))
        #expect {
            try ConfigLoader.loadPolicySet(at: directory.path, secrets: NotifyFixtures.secrets)
        } throws: { error in
            let diagnostics = (error as? ConfigErrors)?.diagnostics ?? []
            return diagnostics.count == 1 && diagnostics[0].description.hasSuffix("notify.yaml:22:17: unknown receiver 'robt'; did you mean 'robot'? defined: log, office, robot; define it under 'receivers'")
        }
    }

    @Test func aRostersReceiverMustBeAName() throws {
        let directory = try TemporaryDirectory()
        let roster = try directory.write("leaders.yaml", """
            kind: roster
            leaders:
              - {id: l-cc-01, name: 刘志远, title: 副市长, level: city, jurisdiction: cc, receivers: ["the office"]}

            """)
        #expect {
            try ConfigLoader.loadLeaderReceivers(at: roster)
        } throws: { error in
            (error as? ConfigErrors)?.diagnostics.first.map { $0.line == 3 && $0.message.contains("receiver name 'the office' is not an identifier") } ?? false
        }
    }
}
