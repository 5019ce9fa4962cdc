import CaseWatchCore
import CaseWatchEngine
import Testing

/// The intake readers: RFC 4180 tables, JSON lines, case histories, personal data dropped.
@Suite struct IntakeReaderTests {
    @Test func csvTablesFollowRFC4180() throws {
        let table = try CSVTable("\u{FEFF}a,b,c\r\n1,\"x, \"\"quoted\"\"\ny\",3\r\n\r\n4,,6\n")
        #expect(table.header == ["a", "b", "c"])
        #expect(table.rows.map(\.fields) == [["1", "x, \"quoted\"\ny", "3"], ["4", "", "6"]])
        #expect(table.rows.map(\.line) == [2, 5])
    }

    @Test func anUnclosedQuoteIsAProblemAtItsLine() {
        #expect(throws: CSVTable.Problem.self) { try CSVTable("a,b\n1,\"open\n2,3\n") }
        do {
            _ = try CSVTable("a,b\n1,\"open\n2,3\n")
        } catch {
            #expect(error.line == 2)
        }
    }

    @Test func jsonLinesReadEveryEventTypeAndDropPersonalData() {
        let text = """
            {"id":"e1","case":"C1","type":"registered","at":"2026-10-12T09:00:00+08:00","actor":"a","category":"road","urgency":"normal","phone":"138"}
            {"id":"e2","case":"C1","type":"extension-requested","at":"2026-10-12T10:00:00+08:00","actor":"u","days":3,"reason":"parts"}

            {"id":"e3","case":"C1","type":"closed","at":"2026-10-12T11:00:00+08:00","actor":"a","satisfaction":true}
            """
        let parse = JSONLinesEventReader.read(text)
        #expect(parse.records.map(\.line) == [1, 2])
        #expect(parse.records[1].event.kind == .extensionRequested(days: 3, reason: "parts"))
        #expect(parse.droppedFields == ["phone": 1])
        #expect(parse.problems.map(\.line) == [4])
        guard case let .unreadable(description)? = parse.problems.first?.reason else {
            Issue.record("expected an unreadable record: \(parse.problems)")
            return
        }
        #expect(description.contains("must be a string"))
    }

    @Test func aCaseHistoryRowBecomesItsEventsAndEarlyClosesAreRepaired() {
        let parse = CaseHistoryReader.read("""
            case_id,category,unit,created_at,closed_at,due_at,name
            H1,Street Cleaning,PWDx,2015-01-01T10:00:00-05:00,2015-01-01T09:00:00-05:00,2015-01-02T10:00:00-05:00,Jane
            """)
        #expect(parse.problems.isEmpty)
        #expect(parse.records.map(\.event.kind.type) == [.registered, .dispatched, .replied, .closed])
        #expect(parse.records.map(\.event.id.rawValue) == ["H1#registered", "H1#dispatched", "H1#replied", "H1#closed"])
        #expect(parse.records[2].event.at == parse.records[0].event.at)
        #expect(parse.repairs.values.reduce(0, +) == 1)
        #expect(parse.droppedFields == ["name": 1])
    }
}
