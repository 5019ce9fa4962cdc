/// The routing's walk over its routes, with the reasons kept.
extension NotifyRouting {
    /// Which routes matched, why the others did not, who is told and from when (the parameters are those
    /// of ``plan(_:lineage:leaders:calendar:now:)``).
    public func explain(_ notice: Notice, lineage: [UnitID], leaders: [Leader], calendar: WorkCalendar?, now: Instant) -> RoutingExplanation {
        var outcomes: [RouteOutcome] = []
        var order: [String] = []
        var reasons: [String: [TellReason]] = [:]
        var gaps: [RoutingGap] = []
        var stoppedBy: Int?
        func tell(_ name: String, _ reason: TellReason, route: Int) {
            guard receivers[name] != nil else {
                gaps.append(.unknownReceiver(route: route, name: name))
                return
            }
            if reasons[name] == nil { order.append(name) }
            reasons[name, default: []].append(reason)
        }
        for (index, route) in routes.enumerated() {
            let number = index + 1
            if let stoppedBy {
                outcomes.append(.notTried(route: number, stoppedBy: stoppedBy))
                continue
            }
            if let mismatch = route.matcher.mismatch(notice, lineage: lineage) {
                outcomes.append(.notMatched(route: number, mismatch))
                continue
            }
            outcomes.append(.matched(route: number))
            if !route.continues { stoppedBy = number }
            for name in route.receivers { tell(name, .named(route: number), route: number) }
            if route.unitContacts {
                if let (unit, names) = contacts(of: notice.unit, lineage: lineage) {
                    for name in names { tell(name, .unitContact(route: number, unit: unit), route: number) }
                } else {
                    gaps.append(.noUnitContact(route: number, unit: notice.unit))
                }
            }
            if route.leaders {
                guard let signoff = notice.signoff else {
                    gaps.append(.noSignoff(route: number))
                    continue
                }
                let deciders = Self.deciders(of: notice, signoff: signoff, lineage: lineage, among: leaders)
                let named = deciders.flatMap { leader in (leaderReceivers[leader.id] ?? []).map { (leader.id, $0) } }
                if named.isEmpty { gaps.append(.noLeaderReceiver(route: number, level: signoff.level)) }
                for (leader, name) in named { tell(name, .leader(route: number, leader: leader), route: number) }
            }
        }
        let told = order.map { name in
            ToldReceiver(delivery: delivery(to: receivers[name]!, of: notice, calendar: calendar, now: now), reasons: reasons[name] ?? [])
        }
        return RoutingExplanation(urgent: isUrgent(notice), routes: outcomes, told: told, gaps: gaps)
    }

    /// The contacts of the most specific unit of the lineage that has any, with that unit.
    public func contacts(of unit: UnitID, lineage: [UnitID]) -> (unit: UnitID, receivers: [String])? {
        let chain = lineage.first == unit ? lineage : [unit] + lineage
        for candidate in chain {
            if let names = unitContacts[candidate], !names.isEmpty { return (candidate, names) }
        }
        return nil
    }

    /// The leaders to whom the notice's sign-off is addressed, by ``SignoffAuthority`` (the one home of the
    /// rule: the leader's level is the sign-off's, and the unit lies in the leader's jurisdiction).
    static func deciders(of notice: Notice, signoff: SignoffFacts, lineage: [UnitID], among leaders: [Leader]) -> [Leader] {
        // Only the sign-off's level and unit count for addressing; the other fields are the notice's own.
        let addressed = Signoff(
            id: signoff.id, escalationID: 0, caseID: notice.caseID, unit: notice.unit, cycle: notice.cycle,
            escalationDueAt: notice.dueAt ?? notice.at, level: signoff.level, status: signoff.status,
            dueAt: notice.dueAt ?? notice.at
        )
        let chain = lineage.first == notice.unit ? lineage : [notice.unit] + lineage
        return leaders.filter { SignoffAuthority.isAddressed(addressed, to: $0, unitLineage: chain) }
    }
}
