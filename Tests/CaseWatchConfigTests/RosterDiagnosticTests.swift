import CaseWatchConfig
import CaseWatchCore
import CaseWatchTesting
import Testing

/// The fixture roster with one line changed, checked together with the fixture units.
private func checkRoster(line: Int, _ text: String) throws -> [String] {
    try Fixtures.checkTree(roster: Fixtures.replacing(line: line, of: Fixtures.roster, with: text))
}

@Test func rosterLoadsAgainstItsUnits() throws {
    let directory = try TemporaryDirectory()
    let leaders = try ConfigLoader.loadRoster(at: try directory.write("leaders.yaml", Fixtures.roster), units: try Fixtures.loadedUnits())
    #expect(leaders == [
        Leader(id: "l-cc-01", name: "刘志远", title: "副市长", level: "city", jurisdiction: UnitID("cc")),
        Leader(id: "l-nanguan-01", name: "王海波", title: "副区长", level: "district", jurisdiction: UnitID("cc.nanguan")),
    ])
}

@Test func unknownJurisdictionSuggestsTheClosestUnit() throws {
    let diagnostics = try checkRoster(line: 8, "    jurisdiction: cc.nangun")
    expectOnly(diagnostics, at: "leaders.yaml:8:19", containing: "unknown jurisdiction 'cc.nangun'; did you mean 'cc.nanguan'? give the id of a unit")
    let directory = try TemporaryDirectory()
    let path = try directory.write("leaders.yaml", Fixtures.replacing(line: 8, of: Fixtures.roster, with: "    jurisdiction: cc.nangun"))
    let error = #expect(throws: ConfigErrors.self) { try ConfigLoader.loadRoster(at: path, units: try Fixtures.loadedUnits()) }
    #expect(error?.diagnostics.map(\.description) == [
        "\(path):8:19: unknown jurisdiction 'cc.nangun'; did you mean 'cc.nanguan'? give the id of a unit of the units file (kind: units)",
    ])
}

@Test func jurisdictionsAreOnlyCheckedWhenAUnitsFileIsChecked() throws {
    let roster = Fixtures.replacing(line: 8, of: Fixtures.roster, with: "    jurisdiction: cc.nangun")
    #expect(try Fixtures.check(["leaders.yaml": roster]) == [])
    let brokenUnits = Fixtures.replacing(line: 12, of: Fixtures.units, with: "          - id: [cc.nanguan.ziqiang")
    let diagnostics = try Fixtures.checkTree(units: brokenUnits, roster: roster)
    expectOnly(diagnostics, at: "units.yaml:13:17", containing: "YAML syntax error")
}

@Test func districtLeaderMayNotActOnTheCityOrADepartment() throws {
    let city = try checkRoster(line: 8, "    jurisdiction: cc")
    expectOnly(city, at: "leaders.yaml:8:19", containing: "a district leader's jurisdiction must be a district or a unit inside one; 'cc' is the city")
    let department = try checkRoster(line: 8, "    jurisdiction: cc.zhujian")
    expectOnly(department, at: "leaders.yaml:8:19", containing: "'cc.zhujian' is a department")
    #expect(try checkRoster(line: 8, "    jurisdiction: cc.nanguan.ziqiang") == [])
    let cityLeaderOnADepartment = "  - {id: l-cc-01, name: 刘志远, title: 副市长, level: city, jurisdiction: cc.zhujian}"
    #expect(try checkRoster(line: 3, cityLeaderOnADepartment) == [])
}

@Test func duplicateLeaderIDPointsAtTheRepeat() throws {
    let diagnostics = try checkRoster(line: 4, "  - id: l-cc-01")
    expectOnly(diagnostics, at: "leaders.yaml:4:9", containing: "leader id 'l-cc-01' is already used on line 3, column 10; give each leader its own id")
    let across = try Fixtures.check(["units.yaml": Fixtures.units, "a.yaml": Fixtures.roster, "b.yaml": Fixtures.roster])
    #expect(across.count == 2, "\(across)")
    expect(across, at: "b.yaml:3:10", containing: "leader id 'l-cc-01' is already defined at ")
    expect(across, at: "b.yaml:4:9", containing: "leader id 'l-nanguan-01' is already defined at ")
}

@Test func leaderLevelMustBeASignoffLevel() throws {
    expectOnly(
        try checkRoster(line: 7, "    level: street"), at: "leaders.yaml:7:12",
        containing: "unknown sign-off level 'street'; leaders sign off at district or city level"
    )
    expectOnly(try checkRoster(line: 7, "    level: distict"), at: "leaders.yaml:7:12", containing: "did you mean 'district'?")
}

@Test func everyProblemOfALeaderIsReported() throws {
    let leader = #"  - {id: "l cc", name: " ", title: "", level: mayor, jurisdictoin: cc}"#
    let diagnostics = try checkRoster(line: 3, leader)
    #expect(diagnostics.count == 6, "\(diagnostics.joined(separator: "\n"))")
    expect(diagnostics, at: "leaders.yaml:3:10", containing: "leader id 'l cc' is not an identifier")
    expect(diagnostics, at: "leaders.yaml:3:24", containing: "the leader's name is empty")
    expect(diagnostics, at: "leaders.yaml:3:36", containing: "the leader's title is empty")
    expect(diagnostics, at: "leaders.yaml:3:47", containing: "unknown sign-off level 'mayor'")
    expect(diagnostics, at: "leaders.yaml:3:54", containing: "unknown key 'jurisdictoin'; did you mean 'jurisdiction'?")
    expect(diagnostics, at: "leaders.yaml:3:5", containing: "the leader has no 'jurisdiction'; add it, e.g. 'jurisdiction: cc.nanguan'")
}

@Test func loadRosterRefusesOtherKinds() throws {
    let directory = try TemporaryDirectory()
    let units = try directory.write("units.yaml", Fixtures.units)
    let error = #expect(throws: ConfigErrors.self) { try ConfigLoader.loadRoster(at: units, units: []) }
    #expect(error?.diagnostics.map(\.message) == ["this is a units file; expected a file with 'kind: roster'"])
    let empty = #expect(throws: ConfigErrors.self) {
        try ConfigLoader.loadRoster(at: try directory.write("empty.yaml", "kind: roster\nleaders: []\n"), units: [])
    }
    #expect(empty?.diagnostics.map(\.line) == [2])
}
