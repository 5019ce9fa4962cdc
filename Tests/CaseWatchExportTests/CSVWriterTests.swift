@testable import CaseWatchExport
import Testing

@Suite("CSVWriter")
struct CSVWriterTests {
    @Test("plain fields are written as they are")
    func plainFields() {
        #expect(CSVWriter.field("abc") == "abc")
        #expect(CSVWriter.field("") == "")
        #expect(CSVWriter.field("市交通运输局") == "市交通运输局")
        #expect(CSVWriter.field(" padded ") == " padded ")
    }

    @Test("commas, quotes, CR and LF are quoted; quotes are doubled")
    func quotedFields() {
        #expect(CSVWriter.field("a,b") == "\"a,b\"")
        #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field("one\ntwo") == "\"one\ntwo\"")
        #expect(CSVWriter.field("one\r\ntwo") == "\"one\r\ntwo\"")
        #expect(CSVWriter.field("\"") == "\"\"\"\"")
    }

    @Test("starts with the UTF-8 byte-order mark and ends every record with CRLF")
    func bomAndCRLF() {
        var writer = CSVWriter()
        writer.record(["a", "b"])
        writer.record([])
        writer.record(["c"])
        #expect(writer.bytes == [0xEF, 0xBB, 0xBF] + Array("a,b\r\n\r\nc\r\n".utf8))
    }

    @Test("awkward fields read back unchanged with an independent RFC 4180 reader")
    func roundTrip() throws {
        let fields = [
            "comma, inside", "quote \" inside", "\"quoted\"", "line\nbreak", "crlf\r\nbreak", "lone\rcr", "中文，全角逗号",
            "👷‍♀️🚧 emoji", "", " spaces ", "trailing,", ",", "\"\"",
        ]
        var writer = CSVWriter()
        writer.record(fields)
        writer.record(fields.reversed())
        let records = try RFC4180Reader.records(writer.bytes.dropFirst(3))
        #expect(records == [fields, fields.reversed()])
    }
}
