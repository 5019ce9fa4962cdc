import CaseWatchConfig
import CaseWatchCore
import CaseWatchTesting

extension Fixtures {
    /// A valid unit tree: the city, a department, a district, a street and two communities; line numbers
    /// are referred to by the tests.
    static let units = """
        kind: units
        units:
          - id: cc
            name: 长春市
            level: city
            children:
              - {id: cc.zhujian, name: 市住房和城乡建设局, level: department}
              - id: cc.nanguan
                name: 南关区
                level: district
                children:
                  - id: cc.nanguan.ziqiang
                    name: 自强街道
                    level: street
                    children:
                      - {id: cc.nanguan.ziqiang.dongling, name: 东岭社区, level: community}
                      - {id: cc.nanguan.ziqiang.pingyang, name: 平阳社区, level: community}

        """

    /// A valid roster of the `units` fixture: a city leader and a district leader; line numbers are
    /// referred to by the tests.
    static let roster = """
        kind: roster
        leaders:
          - {id: l-cc-01, name: 刘志远, title: 副市长, level: city, jurisdiction: cc}
          - id: l-nanguan-01
            name: 王海波
            title: 副区长
            level: district
            jurisdiction: cc.nanguan

        """

    /// The diagnostics of the fixture units and roster after changing one line of one of them.
    static func checkTree(units: String = Fixtures.units, roster: String = Fixtures.roster) throws -> [String] {
        try check(["units.yaml": units, "leaders.yaml": roster])
    }

    /// The units of the `units` fixture.
    static func loadedUnits() throws -> [OrgUnit] {
        let directory = try TemporaryDirectory()
        return try ConfigLoader.loadUnits(at: try directory.write("units.yaml", units))
    }
}
