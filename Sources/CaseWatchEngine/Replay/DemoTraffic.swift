import CaseWatchCore

/// A simulated week of hotline traffic for the demo: deterministic, realistic in its mix (roads, noise,
/// traffic order and sanitation about three quarters, a few percent urgent), every case a valid lifecycle.
public struct DemoTraffic {
    /// The categories and their weights, as a city hotline reports them.
    static let categories: [(String, Int)] = [
        ("road.pothole", 12), ("road.damage", 8), ("road.lighting", 6), ("environment.noise", 16),
        ("traffic.parking", 10), ("traffic.signal", 5), ("sanitation.garbage", 12), ("sanitation.cleaning", 6),
        ("heating.outage", 8), ("water.outage", 4), ("housing.property", 5), ("market.consumer", 4),
        ("labour.wages", 2), ("consultation", 1), ("complaint", 1),
    ]

    private var state: UInt64

    /// Creates a generator; the same seed gives the same week.
    public init(seed: UInt64 = 12345) {
        state = seed
    }

    /// `count` cases registered during the week starting at `monday` (local midnight), dispatched to
    /// `units`, with their events up to the end of the following week.
    public mutating func week(cases count: Int, from monday: Instant, units: [UnitID]) -> [IntakeRecord] {
        precondition(!units.isEmpty, "the demo needs units to dispatch to")
        var records: [IntakeRecord] = []
        for n in 0..<count {
            let caseID = CaseID("D\(n + 1)")
            // Appeals arrive round the clock, most of them between 08:00 and 20:00.
            let day = Int64(random(7))
            let minute = random(10) < 8 ? Int64(8 * 60 + random(12 * 60)) : Int64(random(24 * 60))
            let registered = monday.adding(seconds: day * 86_400 + minute * 60)
            let urgent = random(100) < 3
            let unit = units[random(units.count)]
            var events: [(Instant, CaseEventKind)] = [
                (registered, .registered(category: category(), urgency: Urgency(urgent ? "urgent" : "normal"), policyVersion: nil)),
                (registered.adding(seconds: Int64(60 + random(1800))), .dispatched(unit: unit, resolveBy: nil)),
            ]
            var clock = events[1].0
            func later(_ seconds: Int) -> Instant {
                clock = clock.adding(seconds: Int64(seconds))
                return clock
            }
            if random(100) < 97 {
                events.append((later(urgent ? 600 + random(1200) : 1800 + random(6 * 3600)), .accepted))
                if random(100) < 5 {
                    events.append((later(3600 + random(86_400)), .suspended(reason: "waiting for the citizen")))
                    events.append((later(3600 + random(2 * 86_400)), .resumed))
                }
                // Most replies come within days; a tail comes late, some not yet.
                let roll = random(100)
                if roll < 88 {
                    let span = urgent ? 3600 + random(30 * 3600) : (roll < 75 ? 3600 + random(5 * 86_400) : 5 * 86_400 + random(5 * 86_400))
                    events.append((later(span), .replied))
                    if random(100) < 90 {
                        let satisfaction: Satisfaction = random(100) < 80 ? .satisfied : (random(100) < 75 ? .basicallySatisfied : .dissatisfied)
                        events.append((later(3600 + random(86_400)), .closed(satisfaction: satisfaction)))
                    }
                }
            }
            for (index, (at, kind)) in events.enumerated() {
                let event = CaseEvent(id: EventID("\(caseID)-\(index + 1)"), caseID: caseID, at: at, actor: "demo", kind: kind)
                records.append(IntakeRecord(line: records.count + 1, event: event, raw: ""))
            }
        }
        return records
    }

    private mutating func category() -> CaseCategory {
        var pick = random(Self.categories.reduce(0) { $0 + $1.1 })
        for (name, weight) in Self.categories {
            if pick < weight { return CaseCategory(name)! }
            pick -= weight
        }
        return CaseCategory("consultation")!
    }

    /// A number in `0..<bound` (SplitMix64).
    private mutating func random(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
