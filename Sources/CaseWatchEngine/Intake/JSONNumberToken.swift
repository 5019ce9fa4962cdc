/// A JSON number as Foundation's JSONDecoder reads it into an intake value: an `Int64` when it decodes as
/// one, else a `Double` named in the message, else (a malformed or infinite number) unreadable.
///
/// JSONDecoder reads a plain integer exactly. It reads any other number (or a plain integer beyond
/// `Int64`) as a `Double`, which must be a whole number an `Int64` holds: below 2^53 that `Double` is the
/// value (so `1.0`, `1e3` and `1.0000000000000001` are integers), from 2^53 up the number's text without
/// its fraction is (through `Decimal`), and it must not pass `Int64.max` in magnitude.
enum JSONNumberToken {
    /// The value of the number token `bytes` (a run of `0-9 . e E + -` starting with `-` or a digit).
    static func value(of bytes: Slice<UnsafeBufferPointer<UInt8>>) -> IntakeJSONValue {
        guard let shape = Shape(bytes) else { return .unreadable }
        if shape.isPlainInteger, let integer = plainInteger(bytes, negative: shape.negative) { return .integer(integer) }
        guard let double = Double(String(decoding: bytes, as: UTF8.self)), double.isFinite else { return .unreadable }
        if Int64(exactly: double) != nil {
            if double.magnitude < 9_007_199_254_740_992 { return .integer(Int64(double)) }
            if let whole = wholePart(bytes, shape) { return .integer(whole) }
        }
        return .other("the number \(double)")
    }

    /// The parts of a number that follows the JSON grammar `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`.
    private struct Shape {
        var negative = false
        var integerStart = 0
        var integerDigits = 0
        var fractionStart = 0
        var fractionDigits = 0
        var exponent = 0
        var isPlainInteger = true

        init?(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
            var index = bytes.startIndex
            func digitRun() -> Int {
                let start = index
                while index < bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
                return index - start
            }
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") { negative = true; index += 1 }
            integerStart = index
            integerDigits = digitRun()
            guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else { return nil }
            fractionStart = index
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") {
                index += 1
                fractionStart = index
                fractionDigits = digitRun()
                guard fractionDigits > 0 else { return nil }
                isPlainInteger = false
            }
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                isPlainInteger = false
                var exponentNegative = false
                if index < bytes.endIndex, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                    exponentNegative = bytes[index] == UInt8(ascii: "-")
                    index += 1
                }
                let exponentStart = index
                guard digitRun() > 0 else { return nil }
                for byte in bytes[exponentStart..<index] {
                    exponent = min(exponent * 10 + Int(byte - UInt8(ascii: "0")), 100_000)
                }
                if exponentNegative { exponent = -exponent }
            }
            guard index == bytes.endIndex else { return nil }
        }
    }

    /// The plain integer `bytes` (digits after an optional minus), nil when it passes the `Int64` range.
    private static func plainInteger(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, negative: Bool) -> Int64? {
        var value: Int64 = 0
        for byte in bytes where byte != UInt8(ascii: "-") {
            let digit = Int64(byte - UInt8(ascii: "0"))
            let (shifted, overflowShift) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowAdd) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflowShift, !overflowAdd else { return nil }
            value = next
        }
        return value
    }

    /// The number without its fraction, exactly, when its magnitude is at most `Int64.max`.
    private static func wholePart(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ shape: Shape) -> Int64? {
        let digitCount = shape.integerDigits + shape.fractionDigits
        let point = shape.integerDigits + shape.exponent
        guard point <= digitCount + 19 else { return nil }
        var magnitude: Int64 = 0
        for position in 0..<max(point, 0) {
            let byte = switch position {
            case ..<shape.integerDigits: bytes[shape.integerStart + position]
            case ..<digitCount: bytes[shape.fractionStart + position - shape.integerDigits]
            default: UInt8(ascii: "0")
            }
            let digit = Int64(byte - UInt8(ascii: "0"))
            let (shifted, overflowShift) = magnitude.multipliedReportingOverflow(by: 10)
            let (next, overflowAdd) = shifted.addingReportingOverflow(digit)
            guard !overflowShift, !overflowAdd else { return nil }
            magnitude = next
        }
        return shape.negative ? -magnitude : magnitude
    }
}
