import CaseWatchCore
import Testing

@testable import CaseWatchDelivery

@Suite struct MessageRendererTests {
    let renderer = DeliveryFixtures.renderer()

    @Test func anOverdueEscalationNamesTheUnitCaseCategoryDueInstantLatenessNextStepAndLink() {
        let next = NextStepFacts(tier: .urge, dueAt: DeliveryFixtures.now.adding(seconds: 7_200))
        let message = renderer.render([DeliveryFixtures.escalation(next: next)])
        #expect(message.title == "【超时】东岭社区：工单 2024101600123 已超过办理时限")
        #expect(message.text.contains("承办单位：东岭社区"))
        #expect(message.text.contains("诉求类别：城市管理.占道经营"))
        #expect(message.text.contains("到期时间：2024-10-16 09:27"))  // 02:57Z − 1h30m, shown in Beijing time
        #expect(message.text.contains("已逾期：1小时30分钟"))
        #expect(message.text.contains("下一步：2024-10-16 12:57 起催办"))
        #expect(message.text.contains("查看工单：https://casewatch.example.gov.cn/cases/2024101600123"))
        #expect(message.markdown.hasPrefix("### 【超时】"))
        #expect(message.markdown.contains("[查看工单 2024101600123](https://casewatch.example.gov.cn/cases/2024101600123)"))
        #expect(message.fields["case_id"] == "2024101600123")
        #expect(message.fields["unit_name"] == "东岭社区")
        #expect(message.fields["tier"] == "overdue")
        #expect(message.fields["next_tier"] == "urge")
        #expect(message.fields["count"] == "1")
    }

    @Test(arguments: TierName.allCases) func everyTierHasItsOwnTitle(tier: TierName) {
        let title = renderer.render([DeliveryFixtures.escalation(tier: tier)]).title
        #expect(title.hasPrefix("【\(tier.chinese)】东岭社区：工单 2024101600123 "))
    }

    @Test func everyKindHasItsOwnTitle() {
        let request = DeliveryFixtures.signoffRequest()
        #expect(renderer.render([request]).title == "【待批示】工单 2024101600777 提请区级领导批示")
        #expect(renderer.render([request]).text.contains("批示时限：2024-10-17 10:57"))
        let decided = Notice(
            kind: .signoffDecided, caseID: request.caseID, cycle: 2, unit: request.unit, category: request.category,
            urgency: request.urgency, tier: nil, action: nil, dueAt: nil, at: DeliveryFixtures.now,
            signoff: SignoffFacts(id: 7, level: "区级", status: .approved, decidedBy: "王区长", orderCaseID: CaseID("DB-1")),
            next: nil)
        #expect(renderer.render([decided]).title == "【批示结果】工单 2024101600777 已批准")
        #expect(renderer.render([decided]).text.contains("批示人：王区长"))
        let order = Notice(
            kind: .supervisionOrder, caseID: request.caseID, cycle: 2, unit: request.unit, category: request.category,
            urgency: request.urgency, tier: nil, action: nil, dueAt: nil, at: DeliveryFixtures.now,
            signoff: decided.signoff, next: nil)
        #expect(renderer.render([order]).title == "【督办单】工单 2024101600777 已立督办单 DB-1")
        let passedUp = Notice(
            kind: .signoffPassedUp, caseID: request.caseID, cycle: 2, unit: request.unit, category: request.category,
            urgency: request.urgency, tier: .leadership, action: .signoff, dueAt: nil, at: DeliveryFixtures.now,
            signoff: SignoffFacts(id: 7, level: "市级", status: .pending, decidedBy: nil, orderCaseID: nil), next: nil)
        #expect(renderer.render([passedUp]).title == "【转呈批示】工单 2024101600777 逾期未批，已转呈市级领导")
    }

    @Test func aUnitWithoutADisplayNameShowsItsIdentifierAndNoBaseURLMeansNoLink() {
        let plain = DeliveryFixtures.renderer(baseURL: nil)
        let message = plain.render([DeliveryFixtures.escalation(unit: "cc.other")])
        #expect(message.title.contains("cc.other"))
        #expect(!message.text.contains("查看工单"))
        #expect(message.fields["link"] == nil)
    }

    @Test func severalNoticesOfOneUnitMakeOneGroupedMessage() {
        let notices = (1...12).map { DeliveryFixtures.escalation("C\($0)", tier: .warning, late: 0) }
        let message = renderer.render(notices)
        #expect(message.title == "东岭社区 12 件诉求到达办理时限预警点，请抓紧办理")
        #expect(message.notices.count == 12)
        #expect(message.fields["count"] == "12")
        #expect(message.fields["tier"] == "warning")
        #expect(message.text.split(separator: "\n").count == 13)
        #expect(message.markdown.contains("- [C1](https://casewatch.example.gov.cn/cases/C1) 东岭社区"))
    }

    @Test func aLongGroupListsItsFirstCasesAndCountsTheRest() {
        let short = MessageRenderer(baseURL: nil, zone: DeliveryFixtures.zone, groupListLimit: 3)
        let notices = (1...5).map { DeliveryFixtures.escalation("C\($0)", unit: $0 % 2 == 0 ? "u.a" : "u.b") }
        let message = short.render(notices)
        #expect(message.title == "2 个承办单位 5 件诉求已超过办理时限")
        #expect(message.text.hasSuffix("……另有 2 件"))
    }

    @Test func aMessageCarriesNoFieldTheNoticeDoesNotHave() {
        // The notice holds the case's own fields only; the message adds the unit's name and a link, nothing else.
        let fields = renderer.render([DeliveryFixtures.escalation()]).fields
        let allowed: Set<String> = [
            "count", "kind", "case_id", "cycle", "unit", "unit_name", "category", "urgency", "at", "lateness_seconds",
            "tier", "action", "due_at", "link", "next_tier", "next_due_at", "signoff_level", "signoff_status",
        ]
        #expect(Set(fields.keys).isSubset(of: allowed))
    }
}
