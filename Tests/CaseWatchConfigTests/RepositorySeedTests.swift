import CaseWatchConfig
import CaseWatchCore
import Testing

/// The seed files committed in `seeds/`.
enum RepositorySeeds {
    static let directory = RepositoryPolicies.root + "/seeds"

    static func units() throws -> [OrgUnit] {
        try ConfigLoader.loadUnits(at: directory + "/units.yaml")
    }

    static func leaders() throws -> [Leader] {
        try ConfigLoader.loadRoster(at: directory + "/leaders.yaml", units: try units())
    }
}

@Test func seedUnitsFormTheChangchunTree() throws {
    let units = try RepositorySeeds.units()
    let perLevel = Dictionary(grouping: units, by: \.level).mapValues(\.count)
    #expect(perLevel == [.city: 1, .department: 14, .district: 8, .street: 63, .community: 261])
    #expect(units.first == OrgUnit(id: UnitID("cc"), name: "长春市", level: .city, parent: nil))

    let allowedParent: [UnitLevel: UnitLevel] = [.department: .city, .district: .city, .street: .district, .community: .street]
    var seen: [UnitID: OrgUnit] = [:]
    for unit in units {
        if let parentID = unit.parent {
            let parent = try #require(seen[parentID], "\(unit.id) comes before its parent \(parentID)")
            #expect(allowedParent[unit.level] == parent.level, "\(unit.id) is under \(parent.level)")
            #expect(unit.id.rawValue.hasPrefix(parentID.rawValue + "."), "\(unit.id) is not named after \(parentID)")
        }
        #expect(seen.updateValue(unit, forKey: unit.id) == nil)
    }
    let children = Dictionary(grouping: units.filter { $0.parent != nil }, by: { $0.parent! })
    for district in units where district.level == .district {
        #expect((children[district.id]?.count ?? 0) >= 3, "\(district.name) has few streets")
    }
    for street in units where street.level == .street {
        #expect((3...5).contains(children[street.id]?.count ?? 0), "\(street.name) has \(children[street.id]?.count ?? 0) communities")
    }
    let nanguan = try #require(seen[UnitID("cc.nanguan")])
    #expect(nanguan.name == "南关区")
    #expect(children[nanguan.id]?.map(\.name).prefix(3) == ["自强街道", "南岭街道", "民康街道"])
    #expect(seen[UnitID("cc.nanguan.ziqiang.dongling")]?.name == "东岭社区")
}

@Test func seedLeadersActOnTheCityAndEveryDistrict() throws {
    let leaders = try RepositorySeeds.leaders()
    #expect(leaders.count == 15)
    #expect(Set(leaders.map(\.id)).count == leaders.count)
    let city = leaders.filter { $0.level == "city" }
    #expect(city.count == 4)
    #expect(city.allSatisfy { $0.jurisdiction == UnitID("cc") })
    let districts = try RepositorySeeds.units().filter { $0.level == .district }.map(\.id)
    let districtLeaders = leaders.filter { $0.level == "district" }
    #expect(districtLeaders.count == 11)
    #expect(Set(districtLeaders.map(\.jurisdiction)) == Set(districts))
}

@Test func seedDirectoryChecksClean() {
    #expect(ConfigLoader.check(paths: [RepositorySeeds.directory]).map(\.description) == [])
}
