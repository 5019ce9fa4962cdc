import CaseWatchConfig
import CaseWatchCore
import CaseWatchTesting
import Foundation
import Testing

/// The fixture units with one line changed, checked together with the fixture roster.
private func checkUnits(line: Int, _ text: String) throws -> [String] {
    try Fixtures.checkTree(units: Fixtures.replacing(line: line, of: Fixtures.units, with: text))
}

@Test func unitsLoadParentsBeforeChildrenWithTheirParents() throws {
    let units = try Fixtures.loadedUnits()
    #expect(units.map(\.id.rawValue) == [
        "cc", "cc.zhujian", "cc.nanguan", "cc.nanguan.ziqiang", "cc.nanguan.ziqiang.dongling", "cc.nanguan.ziqiang.pingyang",
    ])
    #expect(units.map(\.parent?.rawValue) == [nil, "cc", "cc", "cc.nanguan", "cc.nanguan.ziqiang", "cc.nanguan.ziqiang"])
    #expect(units.map(\.level) == [.city, .department, .district, .street, .community, .community])
    #expect(units[4].name == "东岭社区")
    #expect(try Fixtures.checkTree() == [])
}

@Test func duplicateUnitIDPointsAtTheRepeat() throws {
    let diagnostics = try checkUnits(line: 17, "              - {id: cc.nanguan.ziqiang.dongling, name: 平阳社区, level: community}")
    expectOnly(diagnostics, at: "units.yaml:17:22", containing: "unit id 'cc.nanguan.ziqiang.dongling' is already used on line 16, column 22")
}

@Test func duplicateUnitIDAcrossFilesNamesTheFirstFile() throws {
    let other = "kind: units\nunits:\n  - {id: cc, name: 长春市, level: city}\n"
    let diagnostics = try Fixtures.check(["units.yaml": Fixtures.units, "zz-more-units.yaml": other])
    expectOnly(diagnostics, at: "zz-more-units.yaml:3:10", containing: "unit id 'cc' is already defined at ")
    #expect(diagnostics.first?.contains("units.yaml:3:9; give each unit its own id") == true, "\(diagnostics)")
}

@Test func unknownUnitLevelSuggestsTheClosest() throws {
    let diagnostics = try checkUnits(line: 14, "            level: stret")
    expectOnly(diagnostics, at: "units.yaml:14:20", containing: "unknown unit level 'stret'; did you mean 'street'?")
}

@Test func childLevelMustBeOneItsParentHolds() throws {
    let community = try checkUnits(line: 10, "        level: community")
    #expect(community.count == 2, "\(community)")
    expect(community, at: "units.yaml:10:16", containing: "a community cannot be directly under 'cc' (the city), which holds departments and districts; put it among the children of its street")
    expect(community, at: "units.yaml:14:20", containing: "a street cannot be directly under 'cc.nanguan' (a community), which holds no units")
    let departmentUnderStreet = try checkUnits(line: 17, "              - {id: cc.nanguan.ziqiang.wuye, name: 物业办, level: department}")
    expectOnly(departmentUnderStreet, at: "units.yaml:17:65", containing: "a department cannot be directly under 'cc.nanguan.ziqiang' (a street), which holds communities")
    let streetUnderCity = try checkUnits(line: 7, "      - {id: cc.ziqiang, name: 自强街道, level: street}")
    expectOnly(streetUnderCity, at: "units.yaml:7:45", containing: "put it among the children of its district")
}

@Test func topOfTheTreeMustBeTheCity() throws {
    let text = "kind: units\nunits:\n  - {id: cc.nanguan, name: 南关区, level: district}\n"
    let diagnostics = try Fixtures.check(["units.yaml": text])
    expectOnly(diagnostics, at: "units.yaml:3:40", containing: "a top-level unit must be the city, not a district; put it among the children of the city")
}

@Test func emptyOrMissingNameIsReported() throws {
    expectOnly(try checkUnits(line: 13, #"            name: """#), at: "units.yaml:13:19", containing: "the unit's name is empty")
    expectOnly(try checkUnits(line: 13, "            name: \"  \""), at: "units.yaml:13:19", containing: "the unit's name is empty")
    let misspelt = try checkUnits(line: 13, "            nam: 自强街道")
    #expect(misspelt.count == 2, "\(misspelt)")
    expect(misspelt, at: "units.yaml:12:13", containing: "the unit has no 'name'; add it, e.g. 'name: 南关区'")
    expect(misspelt, at: "units.yaml:13:13", containing: "unknown key 'nam'; did you mean 'name'?")
}

@Test func badUnitIDSaysHowToWriteOne() throws {
    let diagnostics = try checkUnits(line: 12, "          - id: cc.南关.ziqiang")
    expectOnly(diagnostics, at: "units.yaml:12:17", containing: "unit id 'cc.南关.ziqiang' is not an identifier; use ASCII letters")
}

@Test func everyProblemOfAUnitsFileIsReported() throws {
    let text = """
        kind: units
        unit: []
        units:
          - id: cc
            name: 长春市
            level: city
            children:
              - {id: cc.a, name: "", level: department, colour: red}
              - {id: cc.a, name: B, level: distrct}
              - {id: cc.c, name: C, level: community, children: [{id: cc.c.d, name: D, level: street}]}

        """
    let diagnostics = try Fixtures.check(["units.yaml": text])
    #expect(diagnostics.count == 7, "\(diagnostics.joined(separator: "\n"))")
    expect(diagnostics, at: "units.yaml:2:1", containing: "unknown key 'unit'; did you mean 'units'?")
    expect(diagnostics, at: "units.yaml:8:26", containing: "the unit's name is empty")
    expect(diagnostics, at: "units.yaml:8:49", containing: "unknown key 'colour'")
    expect(diagnostics, at: "units.yaml:9:14", containing: "unit id 'cc.a' is already used on line 8, column 14")
    expect(diagnostics, at: "units.yaml:9:36", containing: "did you mean 'district'?")
    expect(diagnostics, at: "units.yaml:10:36", containing: "a community cannot be directly under 'cc'")
    expect(diagnostics, at: "units.yaml:10:87", containing: "a street cannot be directly under 'cc.c' (a community)")
}

@Test func loadUnitsThrowsEveryProblemAndRefusesOtherKinds() throws {
    let directory = try TemporaryDirectory()
    let bad = Fixtures.replacing(line: 14, of: Fixtures.units, with: "            level: stret")
    let error = #expect(throws: ConfigErrors.self) { try ConfigLoader.loadUnits(at: try directory.write("units.yaml", bad)) }
    #expect(error?.diagnostics.map(\.line) == [14])
    let roster = try directory.write("leaders.yaml", Fixtures.roster)
    let wrongKind = #expect(throws: ConfigErrors.self) { try ConfigLoader.loadUnits(at: roster) }
    #expect(wrongKind?.diagnostics.map(\.message) == ["this is a roster file; expected a file with 'kind: units'"])
    let empty = #expect(throws: ConfigErrors.self) {
        try ConfigLoader.loadUnits(at: try directory.write("empty.yaml", "kind: units\nunits: []\n"))
    }
    #expect(empty?.diagnostics.map(\.description) == ["\(directory.path)/empty.yaml:2:8: 'units' lists no unit; start with the city, e.g. '- {id: cc, name: 长春市, level: city}'"])
}
