extension InstantParser {
    /// Reads the canonical forms `YYYY-MM-DDTHH:MM:SS±HH:MM` and `YYYY-MM-DDTHH:MM:SSZ` straight from
    /// their bytes; nil for anything else (or anything invalid), which the full parser then reads and,
    /// when wrong, explains.
    static func canonical(_ text: String) -> Instant? {
        var text = text
        return text.withUTF8 { bytes -> Instant? in
            guard bytes.count == 25 || bytes.count == 20 else { return nil }
            func digits(_ from: Int, _ count: Int) -> Int? {
                var value = 0
                for i in from..<(from + count) {
                    let d = Int(bytes[i]) - 48
                    guard d >= 0, d <= 9 else { return nil }
                    value = value * 10 + d
                }
                return value
            }
            guard bytes[4] == 45, bytes[7] == 45, bytes[10] == 84 || bytes[10] == 116, bytes[13] == 58, bytes[16] == 58,
                  let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2),
                  let hour = digits(11, 2), let minute = digits(14, 2), let second = digits(17, 2),
                  Limits.supportedYears.contains(year), hour < 24, minute < 60, second < 60, let date = LocalDate(year: year, month: month, day: day)
            else { return nil }
            var offset = 0
            if bytes.count == 25 {
                guard bytes[19] == 43 || bytes[19] == 45, bytes[22] == 58,
                      let offsetHours = digits(20, 2), let offsetMinutes = digits(23, 2), offsetHours <= 18, offsetMinutes < 60
                else { return nil }
                offset = (bytes[19] == 45 ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60)
            } else {
                guard bytes[19] == 90 || bytes[19] == 122 else { return nil }
            }
            let local = Int64(date.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
            return Instant(secondsSinceEpoch: local - Int64(offset))
        }
    }
}
