import CaseWatchConfig
import CaseWatchCore
import CaseWatchEngine
import CaseWatchExport
import CaseWatchHTTP
import CaseWatchTesting
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `GET /v1/assessment` (scope read): the same report `casewatch assess` makes, byte for byte, in JSON, CSV
/// or HTML with the matching media type; a bad period, level, format, language or instant is a 400 naming
/// the parameter and the forms it takes.
@Suite struct AssessmentRoutesTests {
    /// The report as the command line renders it.
    func expected(_ f: OpsFixture, period: AssessmentPeriod, level: AssessmentLevel, format: AssessmentExport.Format, language: AssessmentExport.Language = .en) throws -> String {
        let rules = try ConfigLoader.loadAssessmentRules(at: HTTPFixtures.repositoryRoot + "/policies")
        let run = AssessmentRun(store: f.store, catalog: f.policies, zone: f.zone, rules: rules)
        let report = try run.report(period, asOf: run.defaultAsOf(period, now: f.clock.now), level: level)
        return String(decoding: AssessmentExport.render(report, format: format, language: language), as: UTF8.self)
    }

    @Test func theReportIsTheCommandLinesInEachFormat() async throws {
        let f = try OpsFixture()
        let october = AssessmentPeriod.month(2026, 10)
        try await f.application().test(.router) { client in
            let cases: [(String, AssessmentExport.Format, String)] = [
                ("json", .json, "application/json"), ("csv", .csv, "text/csv; charset=utf-8"), ("html", .html, "text/html; charset=utf-8"),
            ]
            for (name, format, mediaType) in cases {
                let report = try expected(f, period: october, level: .district, format: format)
                try await client.execute(uri: "/v1/assessment?period=2026-10&level=district&format=\(name)", method: .get, headers: .bearer("read-key")) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType] == mediaType)
                    #expect(String(buffer: response.body) == report)
                }
            }
            // The defaults: the current month (October 2026 on the fixture's clock), units, JSON, English.
            let defaults = try expected(f, period: october, level: .unit, format: .json)
            try await client.execute(uri: "/v1/assessment", method: .get, headers: .bearer("read-key")) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == defaults)
            }
            let quarter = try expected(f, period: .quarter(2026, 4), level: .unit, format: .csv, language: .zh)
            try await client.execute(uri: "/v1/assessment?period=2026-Q4&lang=zh&format=csv", method: .get, headers: .bearer("read-key")) { response in
                #expect(String(buffer: response.body) == quarter)
            }
        }
    }

    @Test func badParametersAreRefusedNamingTheParameterAndItsForms() async throws {
        let f = try OpsFixture(cases: 1)
        let refusals: [(String, String)] = [
            ("period=October", "period 'October': write a month 2026-11, a quarter 2026-Q4 or a year 2026"),
            ("period=2026-13", "period '2026-13'"),
            ("period=1850", "period '1850': CaseWatch supports the years"),
            ("level=county", "level 'county': use one of unit, street, district, city"),
            ("format=xml", "format 'xml': use one of json, csv, html"),
            ("format=table", "format 'table' is the command line's; use json, csv or html"),
            ("lang=fr", "lang 'fr': use one of en, zh"),
            ("as_of=yesterday", "as_of 'yesterday': write an RFC 3339 instant"),
            ("periode=2026-10", "unknown query parameter 'periode'"),
            ("period=2026-10&period=2026-11", "query parameter 'period' is given more than once"),
        ]
        try await f.application().test(.router) { client in
            for (query, detail) in refusals {
                try await client.execute(uri: "/v1/assessment?\(query)", method: .get, headers: .bearer("read-key")) { response in
                    #expect(response.status == .badRequest, "\(query)")
                    #expect(response.headers[.contentType] == "application/problem+json")
                    let problem = try OpsFixture.object(response.body)
                    #expect(problem["type"] as? String == "urn:casewatch:problem:invalid-parameter")
                    #expect((problem["detail"] as? String)?.contains(detail) == true, "\(query): \(problem["detail"] ?? "")")
                }
            }
            try await client.execute(uri: "/v1/assessment", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/v1/assessment", method: .get, headers: .bearer("signoff-key")) { response in
                #expect(response.status == .forbidden)
            }
        }
    }
}
