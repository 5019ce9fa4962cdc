import CaseWatchCore
import CaseWatchTesting
import Foundation
@testable import CaseWatchStore

/// Sample values for the store's tests.
enum StoreFixtures {
    /// 2024-10-08T01:00:00Z (09:00 in Shanghai).
    static let t0 = Instant(secondsSinceEpoch: 1_728_349_200)

    /// An instant `minutes` after ``t0``.
    static func at(_ minutes: Int64) -> Instant { t0.adding(seconds: minutes * 60) }

    /// An event of `caseID` with id `id`, `minutes` after ``t0``.
    static func event(_ id: String, case caseID: String = "C-1", _ kind: CaseEventKind, minutes: Int64 = 0) -> CaseEvent {
        CaseEvent(id: EventID(id), caseID: CaseID(caseID), at: at(minutes), actor: "agent-7", kind: kind)
    }

    /// A `registered` event for `caseID`.
    static func registration(_ id: String, case caseID: String, version: String? = "2024.1") -> CaseEvent {
        event(id, case: caseID, .registered(category: CaseCategory("road.pothole")!, urgency: Urgency("normal"), policyVersion: version))
    }

    /// Text that JSON must escape: quotes, backslash, newline, tab, a control character, CJK and emoji.
    static let awkwardText = "居民\"不在家\"\n第二行 \\ tab\t ctrl\u{01} / 🚧"

    /// One event of every kind after the registration, with every optional field both present and absent.
    static let kindsAfterRegistration: [CaseEventKind] = [
        .registered(category: CaseCategory("water.outage.night")!, urgency: Urgency("urgent"), policyVersion: nil),
        .dispatched(unit: UnitID("cc.nanguan"), resolveBy: nil),
        .dispatched(unit: UnitID("cc.nanguan.ziqiang"), resolveBy: at(600)),
        .accepted,
        .suspended(reason: nil),
        .resumed,
        .suspended(reason: awkwardText),
        .resumed,
        .extensionRequested(days: 5, reason: "waiting for the contractor"),
        .extensionGranted(days: 3),
        .extensionRequested(days: 2, reason: awkwardText),
        .extensionDenied(reason: nil),
        .extensionDenied(reason: "no grounds"),
        .returned(reason: "not our street"),
        .transferred(to: UnitID("cc.chaoyang"), reason: nil),
        .transferred(to: UnitID("cc.nanguan"), reason: "wrong district"),
        .replied,
        .closed(satisfaction: nil),
        .reopened(reason: nil),
        .reopened(reason: "still broken"),
    ] + Satisfaction.allCases.map { .closed(satisfaction: $0) }

    /// The city → district → street → community tree used by the unit tests, children listed first.
    static let units: [OrgUnit] = [
        OrgUnit(id: UnitID("cc.nanguan.ziqiang.c1"), name: "自强社区", level: .community, parent: UnitID("cc.nanguan.ziqiang")),
        OrgUnit(id: UnitID("cc.nanguan.ziqiang"), name: "自强街道", level: .street, parent: UnitID("cc.nanguan")),
        OrgUnit(id: UnitID("cc.nanguan"), name: "南关区", level: .district, parent: UnitID("cc")),
        OrgUnit(id: UnitID("cc.chaoyang"), name: "朝阳区", level: .district, parent: UnitID("cc")),
        OrgUnit(id: UnitID("cc.housing"), name: "住建局", level: .department, parent: UnitID("cc")),
        OrgUnit(id: UnitID("cc"), name: "长春市", level: .city, parent: nil),
    ]

    /// A projection of `caseID` with both deadlines, a pause, a pending extension and two steps.
    static func projection(
        _ caseID: String, status: CaseStatus = .accepted, unit: String? = "cc.nanguan", provisional: Bool = false
    ) throws -> CaseProjection {
        let minimal = """
            {"caseID":"\(caseID)","status":"\(status.rawValue)","category":"road.pothole","urgency":"normal",
             "policyVersion":"2024.1","registeredAt":\(t0.secondsSinceEpoch),"cycle":1,"reopens":0,"transfers":0,
             "returns":0,"pauses":[],"extensionDays":0,"steps":[],"lastEventAt":\(t0.secondsSinceEpoch),"eventCount":1,
             "pendingExtension":{"days":2,"requestedAt":\(at(30).secondsSinceEpoch)}}
            """
        var projection = try JSONDecoder().decode(CaseProjection.self, from: Data(minimal.utf8))
        projection.unit = unit.map { UnitID($0) }
        projection.cycleStart = at(5)
        projection.accept = DeadlineState(due: at(120), provisional: false, explicit: false, metAt: at(40))
        projection.resolve = DeadlineState(due: at(6000), extendedDue: at(9000), provisional: provisional, explicit: true)
        projection.pauses = [TimeSpan(start: at(50), end: at(70))]
        projection.extensionDays = 3
        projection.steps = [
            PendingStep(tier: .warning, deadline: .resolve, due: at(4800), provisional: provisional),
            PendingStep(tier: .overdue, deadline: .resolve, due: at(9000), provisional: provisional),
        ]
        projection.lastEventAt = at(70)
        projection.eventCount = 4
        return projection
    }
}
