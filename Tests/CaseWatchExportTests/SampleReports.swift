import CaseWatchCore
import CaseWatchTesting

/// Reports to export in tests: a small hand-made one with awkward names, and a realistic city.
enum SampleReports {
    /// Names that test every escaping rule: commas, quotes, line breaks, markup, CJK and emoji.
    static let awkwardNames: [UnitID: String] = [
        UnitID("u-comma"): "Roads, Bridges and Tunnels",
        UnitID("u-quote"): "The \"Quick\" Fix Team",
        UnitID("u-newline"): "Line one\r\nLine two\nthree",
        UnitID("u-markup"): "<script>alert('x')</script> & Sons",
        UnitID("u-cjk"): "市住房和城乡建设局 👷‍♀️ 🚧",
    ]

    /// Four units with awkward names (one a small sample) and the city total.
    static func awkward(trend: [AssessmentReport.TrendPoint] = [], names: [UnitID: String] = awkwardNames) -> AssessmentReport {
        let tallies: [UnitID: UnitTally] = [
            UnitID("u-comma"): tally(received: 40, accepted: 38, onTime: 30, late: 5, overdue: 3, surveyed: 20, satisfied: 15, basically: 3,
                                     escalations: [.warning: 6, .overdue: 3, .urge: 1]),
            UnitID("u-quote"): tally(received: 25, accepted: 25, onTime: 24, late: 1, overdue: 0, surveyed: 10, satisfied: 9, basically: 1),
            UnitID("u-newline"): tally(received: 12, accepted: 9, onTime: 6, late: 3, overdue: 2, surveyed: 0, satisfied: 0, basically: 0,
                                       escalations: [.overdue: 5, .leadership: 1], signoffs: 1),
            UnitID("u-markup"): tally(received: 30, accepted: 29, onTime: 27, late: 2, overdue: 1, surveyed: 12, satisfied: 10, basically: 1,
                                      escalations: [.notice: 1]),
            UnitID("u-cjk"): tally(received: 4, accepted: 4, onTime: 2, late: 1, overdue: 1, surveyed: 2, satisfied: 1, basically: 0),
        ]
        return report(tallies, names: names, trend: trend)
    }

    /// A realistic month: 36 city departments and street offices with varied figures (four of them too
    /// small to rank), eleven earlier months of trend.
    static func city() -> AssessmentReport {
        var random = SeededGenerator(seed: 12345)
        var tallies: [UnitID: UnitTally] = [:]
        var names: [UnitID: String] = [:]
        for (index, name) in cityUnitNames.enumerated() {
            let unit = UnitID(String(format3(index + 1)))
            names[unit] = name
            let received = index % 9 == 8 ? Int.random(in: 3...9, using: &random) : Int.random(in: 40...420, using: &random)
            let diligence = Double(Int.random(in: 70...100, using: &random)) / 100
            let accepted = Int(Double(received) * min(1, diligence + 0.08))
            let closed = received - Int.random(in: 0...max(1, received / 12), using: &random)
            let onTime = Int(Double(closed) * diligence)
            let overdue = Int(Double(received - closed) * (1.1 - diligence) * 2)
            let surveyed = closed * Int.random(in: 45...75, using: &random) / 100
            let satisfied = Int(Double(surveyed) * (0.55 + diligence * 0.35))
            let basically = (surveyed - satisfied) * Int.random(in: 30...70, using: &random) / 100
            let slack = 1 - diligence
            let escalations: [TierName: Int] = [
                .warning: Int(Double(received) * slack * 0.5),
                .overdue: Int(Double(received) * slack * 0.12),
                .urge: Int(Double(received) * slack * 0.04),
                .leadership: Int(Double(received) * slack * 0.012),
                .notice: Int(Double(received) * slack * 0.006),
            ]
            tallies[unit] = tally(
                received: received, accepted: accepted, onTime: onTime, late: closed - onTime, overdue: min(overdue, received - closed),
                surveyed: surveyed, satisfied: satisfied, basically: basically, escalations: escalations,
                signoffs: escalations[.leadership] ?? 0, reopened: Int(Double(received) * slack * 0.05)
            )
        }
        let current = report(tallies, names: names, trend: []).total
        let trend = (0..<11).map { month in
            AssessmentReport.TrendPoint(
                label: month == 0 ? "2025-12" : "2026-\(month < 10 ? "0" : "")\(month)",
                score: AssessmentPoints(hundredths: current.score.hundredths - 500 + month * 45 + Int.random(in: -150...150, using: &random)),
                resolutionRate: Rate(
                    (current.resolutionRate?.basisPoints ?? 8000) - 400 + month * 30 + Int.random(in: -200...200, using: &random), of: 10_000
                )
            )
        }
        return report(tallies, names: names, trend: trend)
    }

    /// A report of `tallies`, scored under the standard rules, for November 2026 in Shanghai.
    static func report(_ tallies: [UnitID: UnitTally], names: [UnitID: String], trend: [AssessmentReport.TrendPoint]) -> AssessmentReport {
        let rules = AssessmentRules.standard
        let rows = Assessment.rows(tallies, rules: rules)
        let city = UnitID("city")
        let total = Assessment.total(tallies, as: city, rules: rules)
        return AssessmentReport(
            from: LocalDate(year: 2026, month: 11, day: 1)!, to: LocalDate(year: 2026, month: 11, day: 30)!,
            asOf: Instant(secondsSinceEpoch: 1_796_054_400), zone: "Asia/Shanghai", level: "unit",
            policyVersions: ["citywide-2026.2", "urgent-2026.1"], eventLogRange: 1...48_211, rows: rows, total: total,
            unitNames: names, trend: trend, rules: rules
        )
    }

    /// A tally from the figures a test cares about.
    static func tally(
        received: Int, accepted: Int, onTime: Int, late: Int, overdue: Int, surveyed: Int, satisfied: Int, basically: Int,
        escalations: [TierName: Int] = [:], signoffs: Int = 0, reopened: Int = 0
    ) -> UnitTally {
        var tally = UnitTally()
        tally.received = received
        tally.acceptanceDue = received
        tally.acceptedOnTime = accepted
        tally.resolvedOnTime = onTime
        tally.resolvedLate = late
        tally.openOverdue = overdue
        tally.surveyed = surveyed
        tally.satisfied = satisfied
        tally.basicallySatisfied = basically
        tally.escalations = escalations
        tally.signoffs = signoffs
        tally.reopened = reopened
        return tally
    }

    /// `007`.
    private static func format3(_ number: Int) -> String {
        let digits = String(number)
        return "U" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// City departments and street offices, as a 12345 office lists them.
    static let cityUnitNames = [
        "市住房和城乡建设局", "市交通运输局", "市城市管理局", "市生态环境局", "市市场监督管理局", "市人力资源和社会保障局",
        "市教育局", "市卫生健康委员会", "市公安局交通管理支队", "市水务局", "市自然资源和规划局", "市民政局",
        "市供电公司", "市燃气集团", "市自来水公司", "市公交集团", "东城区朝阳街道办事处", "东城区和平街道办事处",
        "东城区新华街道办事处", "西城区人民路街道办事处", "西城区长安街道办事处", "西城区滨江街道办事处",
        "南湖区解放街道办事处", "南湖区建设街道办事处", "南湖区光明街道办事处", "北山区文化街道办事处",
        "北山区幸福街道办事处", "北山区临江街道办事处", "高新区管理委员会", "经济开发区管理委员会", "市文化广电旅游局",
        "市农业农村局", "市商务局", "市应急管理局", "市医疗保障局", "市退役军人事务局",
    ]
}
