/// A tiny RFC 4180 reader, written independently of the writer, to read exports back in tests.
///
/// Records end in CRLF (a lone CR or LF inside a quoted field is data); a quoted field may hold commas,
/// line breaks and doubled quotes. Throws on anything else, so that a malformed file fails the test.
enum RFC4180Reader {
    /// What is wrong with the text.
    struct Malformed: Error, CustomStringConvertible {
        /// The problem and where it is (a byte offset).
        let description: String
    }

    /// The records of `bytes`, which must end with CRLF.
    static func records(_ bytes: some Collection<UInt8>) throws -> [[String]] {
        let bytes = Array(bytes)
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var index = 0
        var quoted = false
        var fieldStarted = false
        func endField() {
            record.append(String(decoding: field, as: UTF8.self))
            field = []
            fieldStarted = false
        }
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 2
                        continue
                    }
                    quoted = false
                    index += 1
                    guard index == bytes.count || [UInt8(ascii: ","), 0x0D].contains(bytes[index]) else {
                        throw Malformed(description: "text after a closing quote at \(index)")
                    }
                    continue
                }
                field.append(byte)
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                guard field.isEmpty, !fieldStarted else { throw Malformed(description: "quote inside an unquoted field at \(index)") }
                quoted = true
                fieldStarted = true
                index += 1
            case UInt8(ascii: ","):
                endField()
                index += 1
            case 0x0D:
                guard index + 1 < bytes.count, bytes[index + 1] == 0x0A else { throw Malformed(description: "CR without LF at \(index)") }
                if !(record.isEmpty && field.isEmpty && !fieldStarted) { endField() }
                records.append(record)
                record = []
                index += 2
            case 0x0A:
                throw Malformed(description: "LF without CR at \(index)")
            default:
                field.append(byte)
                fieldStarted = true
                index += 1
            }
        }
        guard !quoted else { throw Malformed(description: "unterminated quoted field") }
        guard record.isEmpty, field.isEmpty else { throw Malformed(description: "the last record does not end with CRLF") }
        return records
    }
}
