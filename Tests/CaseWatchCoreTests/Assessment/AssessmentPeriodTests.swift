import CaseWatchCore
import Testing

@Suite struct AssessmentPeriodTests {
    @Test func monthsQuartersAndYearsParseToTheirDates() {
        let november = AssessmentPeriod.parse("2026-11")
        #expect(november?.from.description == "2026-11-01" && november?.to.description == "2026-11-30")
        #expect(AssessmentPeriod.parse("2028-02")?.to.description == "2028-02-29", "a leap February")
        let q4 = AssessmentPeriod.parse("2026-Q4")
        #expect(q4?.from.description == "2026-10-01" && q4?.to.description == "2026-12-31")
        #expect(AssessmentPeriod.parse("2026")?.description == "2026")
        for bad in ["2026-13", "2026-Q5", "26-11", "2026-1", "2026-11-01", "", "２０２６"] {
            #expect(AssessmentPeriod.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func earlierPeriodsAreOfTheSameKindOldestFirst() {
        #expect(AssessmentPeriod.month(2026, 2).earlier(3).map(\.description) == ["2025-11", "2025-12", "2026-01"])
        #expect(AssessmentPeriod.quarter(2026, 1).earlier(2).map(\.description) == ["2025-Q3", "2025-Q4"])
        #expect(AssessmentPeriod.year(2026).earlier(1).map(\.description) == ["2025"])
        let dates = AssessmentPeriod(from: LocalDate(year: 2026, month: 11, day: 3)!, to: LocalDate(year: 2026, month: 11, day: 20)!)
        #expect(dates?.earlier(5) == [])
        #expect(AssessmentPeriod(from: LocalDate(year: 2026, month: 11, day: 3)!, to: LocalDate(year: 2026, month: 11, day: 2)!) == nil)
    }

    @Test func boundsAreLocalMidnightsInTheZone() throws {
        let shanghai = try #require(ZoneRules(identifier: "Asia/Shanghai"))
        let november = AssessmentPeriod.month(2026, 11)
        #expect(InstantFormatter.format(november.start(in: shanghai), in: shanghai) == "2026-11-01T00:00:00+08:00")
        #expect(InstantFormatter.format(november.end(in: shanghai), in: shanghai) == "2026-12-01T00:00:00+08:00")
    }

    @Test func levelsRollUnitsUpToTheirAncestorOrKeepThem() {
        let units = [
            OrgUnit(id: UnitID("cc"), name: "City", level: .city, parent: nil),
            OrgUnit(id: UnitID("cc.dept"), name: "Housing", level: .department, parent: UnitID("cc")),
            OrgUnit(id: UnitID("cc.n"), name: "N", level: .district, parent: UnitID("cc")),
            OrgUnit(id: UnitID("cc.n.s"), name: "S", level: .street, parent: UnitID("cc.n")),
            OrgUnit(id: UnitID("cc.n.s.c"), name: "C", level: .community, parent: UnitID("cc.n.s")),
        ]
        let district = AssessmentLevel.district.nodes(of: units)
        #expect(district[UnitID("cc.n.s.c")] == UnitID("cc.n") && district[UnitID("cc.n.s")] == UnitID("cc.n"))
        #expect(district[UnitID("cc.dept")] == UnitID("cc.dept"), "a department has no district: kept as it is")
        #expect(district[UnitID("cc")] == UnitID("cc"))
        #expect(AssessmentLevel.street.nodes(of: units)[UnitID("cc.n.s.c")] == UnitID("cc.n.s"))
        #expect(AssessmentLevel.city.nodes(of: units).values.allSatisfy { $0 == UnitID("cc") })
        #expect(AssessmentLevel.unit.nodes(of: units).isEmpty)
    }
}
