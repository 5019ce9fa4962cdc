import CaseWatchCore

/// Reads the few members of a stored projection's JSON that assessment needs, without decoding the rest.
///
/// The store writes projections itself (``ProjectionJSON``): compact JSON, sorted keys, instants as
/// integers. This reader walks that text once, picks `accept`, `closedAt`, `policyVersion`, `reopens`,
/// `resolve`, `satisfaction` and `unit`, and skips everything else; it returns nil on anything it does
/// not expect (an escaped string, say), and the caller then decodes the projection in full.
struct ProjectionSkim {
    /// The members read.
    var accept: DeadlineState?
    var resolve: DeadlineState?
    var closedAt: Instant?
    var policyVersion: String?
    var reopens = 0
    var satisfaction: Satisfaction?
    var unit: UnitID?

    private var bytes: UnsafeRawBufferPointer
    private var index = 0

    private init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// The members of the projection JSON in `bytes`, nil when the text is not what the store writes.
    static func read(_ bytes: UnsafeRawBufferPointer) -> ProjectionSkim? {
        var skim = ProjectionSkim(bytes)
        guard skim.object(top: true) else { return nil }
        return skim
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func expect(_ byte: UInt8) -> Bool {
        guard current == byte else { return false }
        index += 1
        return true
    }

    /// An object; at the top its members are kept.
    private mutating func object(top: Bool) -> Bool {
        guard expect(UInt8(ascii: "{")) else { return false }
        if expect(UInt8(ascii: "}")) { return true }
        while true {
            guard let key = rawString(), expect(UInt8(ascii: ":")) else { return false }
            if top {
                guard member(key) else { return false }
            } else {
                guard skipValue() else { return false }
            }
            if expect(UInt8(ascii: ",")) { continue }
            return expect(UInt8(ascii: "}"))
        }
    }

    /// Reads the value of a top-level member.
    private mutating func member(_ key: UnsafeRawBufferPointer) -> Bool {
        switch key.count {
        case 4 where equal(key, "unit"):
            guard let text = optionalString() else { return false }
            unit = text.value.map { UnitID($0) }
        case 6 where equal(key, "accept"):
            guard let state = deadline() else { return false }
            accept = state
        case 7 where equal(key, "resolve"):
            guard let state = deadline() else { return false }
            resolve = state
        case 7 where equal(key, "reopens"):
            guard let value = integer() else { return false }
            reopens = Int(value)
        case 8 where equal(key, "closedAt"):
            guard let value = optionalInteger() else { return false }
            closedAt = value.value.map { Instant(secondsSinceEpoch: $0) }
        case 12 where equal(key, "satisfaction"):
            guard let text = optionalString() else { return false }
            if let value = text.value {
                guard let verdict = Satisfaction(rawValue: value) else { return false }
                satisfaction = verdict
            }
        case 13 where equal(key, "policyVersion"):
            guard let text = optionalString(), let value = text.value else { return false }
            policyVersion = value
        default:
            return skipValue()
        }
        return true
    }

    /// A deadline object `{"due":…,"explicit":…,"extendedDue":…,"metAt":…,"provisional":…}`.
    private mutating func deadline() -> DeadlineState?? {
        if literal("null") { return .some(nil) }
        guard expect(UInt8(ascii: "{")) else { return nil }
        var due: Int64?, extendedDue: Int64?, metAt: Int64?
        var explicit = false, provisional = false
        while !expect(UInt8(ascii: "}")) {
            guard let key = rawString(), expect(UInt8(ascii: ":")) else { return nil }
            if equal(key, "due") {
                guard let value = integer() else { return nil }
                due = value
            } else if equal(key, "extendedDue") {
                guard let value = optionalInteger() else { return nil }
                extendedDue = value.value
            } else if equal(key, "metAt") {
                guard let value = optionalInteger() else { return nil }
                metAt = value.value
            } else if equal(key, "explicit") {
                guard let value = boolean() else { return nil }
                explicit = value
            } else if equal(key, "provisional") {
                guard let value = boolean() else { return nil }
                provisional = value
            } else if !skipValue() {
                return nil
            }
            _ = expect(UInt8(ascii: ","))
        }
        guard let due else { return nil }
        return .some(DeadlineState(
            due: Instant(secondsSinceEpoch: due), extendedDue: extendedDue.map { Instant(secondsSinceEpoch: $0) },
            provisional: provisional, explicit: explicit, metAt: metAt.map { Instant(secondsSinceEpoch: $0) }
        ))
    }

    /// The bytes of a string without escapes (nil when it has one: the caller falls back).
    private mutating func rawString() -> UnsafeRawBufferPointer? {
        guard expect(UInt8(ascii: "\"")) else { return nil }
        let start = index
        while let byte = current, byte != UInt8(ascii: "\"") {
            if byte == UInt8(ascii: "\\") { return nil }
            index += 1
        }
        guard current != nil else { return nil }
        let slice = UnsafeRawBufferPointer(rebasing: bytes[start..<index])
        index += 1
        return slice
    }

    /// Skips a string, escapes and all.
    private mutating func skipString() -> Bool {
        guard expect(UInt8(ascii: "\"")) else { return false }
        while let byte = current, byte != UInt8(ascii: "\"") {
            index += byte == UInt8(ascii: "\\") ? 2 : 1
        }
        return expect(UInt8(ascii: "\""))
    }

    /// A string or null.
    private mutating func optionalString() -> (value: String?, Void)? {
        if literal("null") { return (nil, ()) }
        guard let raw = rawString() else { return nil }
        return (String(decoding: raw, as: UTF8.self), ())
    }

    /// An integer.
    private mutating func integer() -> Int64? {
        let negative = expect(UInt8(ascii: "-"))
        var value: Int64 = 0
        var digits = 0
        while let byte = current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            value = value &* 10 &+ Int64(byte - UInt8(ascii: "0"))
            index += 1
            digits += 1
        }
        guard digits > 0, digits < 19 else { return nil }
        return negative ? -value : value
    }

    /// An integer or null.
    private mutating func optionalInteger() -> (value: Int64?, Void)? {
        if literal("null") { return (nil, ()) }
        return integer().map { ($0, ()) }
    }

    private mutating func boolean() -> Bool? {
        if literal("true") { return true }
        if literal("false") { return false }
        return nil
    }

    /// Consumes `word` when it comes next.
    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pointer = word.utf8Start
        for offset in 0..<count where bytes[index + offset] != pointer[offset] { return false }
        index += count
        return true
    }

    /// Skips any value: an object, an array, a string, a number, true, false or null.
    private mutating func skipValue() -> Bool {
        switch current {
        case UInt8(ascii: "{")?: return object(top: false)
        case UInt8(ascii: "[")?:
            index += 1
            if expect(UInt8(ascii: "]")) { return true }
            while true {
                guard skipValue() else { return false }
                if expect(UInt8(ascii: ",")) { continue }
                return expect(UInt8(ascii: "]"))
            }
        case UInt8(ascii: "\"")?: return skipString()
        case UInt8(ascii: "t")?: return literal("true")
        case UInt8(ascii: "f")?: return literal("false")
        case UInt8(ascii: "n")?: return literal("null")
        case _?:
            guard integer() != nil else { return false }
            return true
        case nil: return false
        }
    }

    private func equal(_ key: UnsafeRawBufferPointer, _ name: StaticString) -> Bool {
        guard key.count == name.utf8CodeUnitCount else { return false }
        let pointer = name.utf8Start
        for offset in 0..<key.count where key[offset] != pointer[offset] { return false }
        return true
    }
}
