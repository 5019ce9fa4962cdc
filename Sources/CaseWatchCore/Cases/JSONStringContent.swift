/// The text of a JSON string, read from the bytes between its quotes as Foundation's JSONDecoder reads
/// them: the RFC 8259 escapes, `\uXXXX` with surrogate pairs; an unescaped control character, an unknown
/// escape or a lone surrogate makes the string unreadable (nil).
public enum JSONStringContent {
    /// The text of the string whose content (without the quotes) is `bytes`, valid UTF-8; nil when it
    /// cannot be read.
    public static func text(of bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        guard bytes.contains(where: { $0 == UInt8(ascii: "\\") || $0 < 0x20 }) else {
            return String(decoding: bytes, as: UTF8.self)
        }
        return unescaped(bytes)
    }

    private static func unescaped(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x20 { return nil }
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                index += 1
                continue
            }
            guard index + 1 < bytes.endIndex else { return nil }
            switch bytes[index + 1] {
            case UInt8(ascii: "\""): output.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "/"): output.append(UInt8(ascii: "/"))
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                guard let (scalar, length) = escapedScalar(bytes, at: index) else { return nil }
                output.append(contentsOf: UTF8.encode(scalar)!)
                index += length
                continue
            default: return nil
            }
            index += 2
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The scalar written by the `\uXXXX` escape at `index` (two of them for a surrogate pair) and the
    /// number of bytes the escape takes; nil for bad hex digits or a lone surrogate.
    private static func escapedScalar(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, at index: Int) -> (Unicode.Scalar, Int)? {
        guard let unit = hexUnit(bytes, at: index + 2) else { return nil }
        switch unit {
        case 0xD800...0xDBFF:
            guard index + 7 < bytes.endIndex, bytes[index + 6] == UInt8(ascii: "\\"), bytes[index + 7] == UInt8(ascii: "u"),
                  let low = hexUnit(bytes, at: index + 8), (0xDC00...0xDFFF).contains(low)
            else { return nil }
            let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            return Unicode.Scalar(value).map { ($0, 12) }
        case 0xDC00...0xDFFF:
            return nil
        default:
            return Unicode.Scalar(unit).map { ($0, 6) }
        }
    }

    /// The 16-bit value of the four hex digits at `index`, nil when they are not four hex digits.
    private static func hexUnit(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, at index: Int) -> UInt16? {
        guard index + 4 <= bytes.endIndex else { return nil }
        var value: UInt16 = 0
        for offset in 0..<4 {
            let byte = bytes[index + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }
}
