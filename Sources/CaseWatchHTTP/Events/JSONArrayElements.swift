/// Splits a JSON array into the text of its elements without decoding them, so that each element is read
/// (and its problems reported) on its own, by its position.
///
/// Only the array's own structure is checked here (the brackets, the commas, strings and nesting kept
/// whole); what an element holds is the intake reader's to judge.
enum JSONArrayElements {
    /// Why the bytes are not a JSON array, at which byte offset.
    struct Malformed: Error, Equatable {
        /// The 0-based offset of the first byte that does not fit.
        let offset: Int
        /// What was expected there.
        let expected: String
    }

    /// The byte ranges of the array's elements, in order.
    static func split(_ bytes: [UInt8]) throws(Malformed) -> [Range<Int>] {
        var position = skipSpace(bytes, from: 0)
        guard position < bytes.count, bytes[position] == UInt8(ascii: "[") else {
            throw Malformed(offset: position, expected: "'[' opening an array of events")
        }
        position = skipSpace(bytes, from: position + 1)
        var elements: [Range<Int>] = []
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            return try finished(bytes, after: position, elements)
        }
        while true {
            let end = try elementEnd(bytes, from: position)
            elements.append(position..<trimmedEnd(bytes, from: position, to: end))
            guard end < bytes.count else { throw Malformed(offset: end, expected: "',' or ']' (the array is cut short)") }
            if bytes[end] == UInt8(ascii: "]") { return try finished(bytes, after: end, elements) }
            position = skipSpace(bytes, from: end + 1)
        }
    }

    /// The elements, once the closing bracket at `close` is followed by nothing but white space.
    private static func finished(_ bytes: [UInt8], after close: Int, _ elements: [Range<Int>]) throws(Malformed) -> [Range<Int>] {
        let rest = skipSpace(bytes, from: close + 1)
        guard rest == bytes.count else { throw Malformed(offset: rest, expected: "nothing after the array's closing ']'") }
        return elements
    }

    /// The offset of the `,` or `]` ending the element that starts at `start` (or the end of the bytes).
    private static func elementEnd(_ bytes: [UInt8], from start: Int) throws(Malformed) -> Int {
        var depth = 0
        var position = start
        var isEmpty = true
        while position < bytes.count {
            let byte = bytes[position]
            let isClosing = byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]")
            if byte == UInt8(ascii: "\"") {
                position = try stringEnd(bytes, from: position)
            } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                depth += 1
            } else if isClosing, depth > 0 {
                depth -= 1
            } else if depth == 0, byte == UInt8(ascii: ",") || isClosing {
                guard byte != UInt8(ascii: "}") else {
                    throw Malformed(offset: position, expected: "a value, ',' or ']' (this '}' closes nothing)")
                }
                guard !isEmpty else { throw Malformed(offset: position, expected: "an event object before '\(Character(Unicode.Scalar(byte)))'") }
                return position
            }
            if !isSpace(byte) { isEmpty = false }
            position += 1
        }
        return position
    }

    /// The offset of the quote closing the string whose opening quote is at `start`.
    private static func stringEnd(_ bytes: [UInt8], from start: Int) throws(Malformed) -> Int {
        var position = start + 1
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\\"): position += 2
            case UInt8(ascii: "\""): return position
            default: position += 1
            }
        }
        throw Malformed(offset: start, expected: "a string closed by '\"' (this one never ends)")
    }

    /// The end of the element's text without the white space before `end`.
    private static func trimmedEnd(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var last = end
        while last > start, isSpace(bytes[last - 1]) { last -= 1 }
        return last
    }

    private static func skipSpace(_ bytes: [UInt8], from start: Int) -> Int {
        var position = start
        while position < bytes.count, isSpace(bytes[position]) { position += 1 }
        return position
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
