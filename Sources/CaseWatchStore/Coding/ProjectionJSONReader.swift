import CaseWatchCore

/// Reads a stored projection's JSON (the text ``ProjectionJSON`` writes) straight from its bytes, member by
/// member: every read of a case (an HTTP answer, the intake's checks) decodes one, and `JSONDecoder` took
/// most of that time.
///
/// It reads exactly the shape the writer makes — integers without fraction or exponent, strings with the
/// writer's escapes, known keys — and gives up (nil) on anything else, for ``ProjectionJSON/decode(_:of:)`` to
/// read with `JSONDecoder` instead; so it never reads a text differently, it only reads most texts faster.
struct ProjectionJSONReader {
    /// Why the reader gave up; never shown, the decoder's reading follows.
    private struct GaveUp: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The projection in `json`, nil when the text is not of the writer's shape.
    static func read(_ json: String) -> CaseProjection? {
        var json = json
        return json.withUTF8 { bytes in
            var reader = ProjectionJSONReader(bytes)
            guard let projection = try? reader.projection() else { return nil }
            reader.skipBlanks()
            return reader.index == bytes.count ? projection : nil
        }
    }

    // MARK: The projection's members

    private mutating func projection() throws(GaveUp) -> CaseProjection {
        var caseID: String?, status: CaseStatus?, before: CaseStatus?, category: String?, urgency: String?
        var policyVersion: String?, registeredAt: Int64?, unit: String?, cycle: Int64?, cycleStart: Int64?
        var reopens: Int64?, transfers: Int64?, returns: Int64?, explicitResolveBy: Int64?
        var accept: DeadlineState?, resolve: DeadlineState?, pauses: [TimeSpan]?, suspendedSince: Int64?
        var extensionDays: Int64?, pending: PendingExtension?, closedAt: Int64?, satisfaction: Satisfaction?
        var steps: [PendingStep]?, lastEventAt: Int64?, eventCount: Int64?
        try object { reader, key throws(GaveUp) in
            switch key {
            case "accept": accept = try reader.optional { reader throws(GaveUp) in try reader.deadline() }
            case "caseID": caseID = try reader.string()
            case "category": category = try reader.string()
            case "closedAt": closedAt = try reader.optional { reader throws(GaveUp) in try reader.integer() }
            case "cycle": cycle = try reader.integer()
            case "cycleStart": cycleStart = try reader.optional { reader throws(GaveUp) in try reader.integer() }
            case "eventCount": eventCount = try reader.integer()
            case "explicitResolveBy": explicitResolveBy = try reader.optional { reader throws(GaveUp) in try reader.integer() }
            case "extensionDays": extensionDays = try reader.integer()
            case "lastEventAt": lastEventAt = try reader.integer()
            case "pauses": pauses = try reader.array { reader throws(GaveUp) in try reader.pause() }
            case "pendingExtension": pending = try reader.optional { reader throws(GaveUp) in try reader.pendingExtension() }
            case "policyVersion": policyVersion = try reader.string()
            case "registeredAt": registeredAt = try reader.integer()
            case "reopens": reopens = try reader.integer()
            case "resolve": resolve = try reader.optional { reader throws(GaveUp) in try reader.deadline() }
            case "returns": returns = try reader.integer()
            case "satisfaction": satisfaction = try reader.optional { reader throws(GaveUp) in try reader.raw(Satisfaction.self) }
            case "status": status = try reader.raw(CaseStatus.self)
            case "statusBeforeSuspension": before = try reader.optional { reader throws(GaveUp) in try reader.raw(CaseStatus.self) }
            case "steps": steps = try reader.array { reader throws(GaveUp) in try reader.step() }
            case "suspendedSince": suspendedSince = try reader.optional { reader throws(GaveUp) in try reader.integer() }
            case "transfers": transfers = try reader.integer()
            case "unit": unit = try reader.optional { reader throws(GaveUp) in try reader.string() }
            case "urgency": urgency = try reader.string()
            default: throw GaveUp()
            }
        }
        guard let caseID, let status, let category, let urgency, let policyVersion, let registeredAt, let cycle,
              let reopens, let transfers, let returns, let pauses, let extensionDays, let steps, let lastEventAt,
              let eventCount else { throw GaveUp() }
        return CaseProjection(
            caseID: CaseID(caseID), status: status, statusBeforeSuspension: before, category: category,
            urgency: Urgency(rawValue: urgency), policyVersion: policyVersion, registeredAt: Instant(secondsSinceEpoch: registeredAt),
            unit: unit.map(UnitID.init(rawValue:)), cycle: try Self.int(cycle), cycleStart: cycleStart.map(Instant.init(secondsSinceEpoch:)),
            reopens: try Self.int(reopens), transfers: try Self.int(transfers), returns: try Self.int(returns),
            explicitResolveBy: explicitResolveBy.map(Instant.init(secondsSinceEpoch:)), accept: accept, resolve: resolve,
            pauses: pauses, suspendedSince: suspendedSince.map(Instant.init(secondsSinceEpoch:)),
            extensionDays: try Self.int(extensionDays), pendingExtension: pending, closedAt: closedAt.map(Instant.init(secondsSinceEpoch:)),
            satisfaction: satisfaction, steps: steps, lastEventAt: Instant(secondsSinceEpoch: lastEventAt), eventCount: try Self.int(eventCount)
        )
    }

    private mutating func deadline() throws(GaveUp) -> DeadlineState {
        var due: Int64?, explicit: Bool?, extendedDue: Int64?, metAt: Int64?, provisional: Bool?
        try object { reader, key throws(GaveUp) in
            switch key {
            case "due": due = try reader.integer()
            case "explicit": explicit = try reader.bool()
            case "extendedDue": extendedDue = try reader.optional { reader throws(GaveUp) in try reader.integer() }
            case "metAt": metAt = try reader.optional { reader throws(GaveUp) in try reader.integer() }
            case "provisional": provisional = try reader.bool()
            default: throw GaveUp()
            }
        }
        guard let due, let explicit, let provisional else { throw GaveUp() }
        return DeadlineState(
            due: Instant(secondsSinceEpoch: due), extendedDue: extendedDue.map(Instant.init(secondsSinceEpoch:)),
            provisional: provisional, explicit: explicit, metAt: metAt.map(Instant.init(secondsSinceEpoch:))
        )
    }

    private mutating func pause() throws(GaveUp) -> TimeSpan {
        let (start, end) = try integerPair("start", "end")
        return TimeSpan(start: Instant(secondsSinceEpoch: start), end: Instant(secondsSinceEpoch: end))
    }

    private mutating func pendingExtension() throws(GaveUp) -> PendingExtension {
        let (days, requestedAt) = try integerPair("days", "requestedAt")
        return PendingExtension(days: try Self.int(days), requestedAt: Instant(secondsSinceEpoch: requestedAt))
    }

    /// An object of exactly two integer members, `first` and `second` (in either order).
    private mutating func integerPair(_ first: String, _ second: String) throws(GaveUp) -> (Int64, Int64) {
        var a: Int64?, b: Int64?
        try object { reader, key throws(GaveUp) in
            switch key {
            case first: a = try reader.integer()
            case second: b = try reader.integer()
            default: throw GaveUp()
            }
        }
        guard let a, let b else { throw GaveUp() }
        return (a, b)
    }

    private mutating func step() throws(GaveUp) -> PendingStep {
        var deadline: DeadlineKind?, due: Int64?, provisional: Bool?, tier: TierName?
        try object { reader, key throws(GaveUp) in
            switch key {
            case "deadline": deadline = try reader.raw(DeadlineKind.self)
            case "due": due = try reader.integer()
            case "provisional": provisional = try reader.bool()
            case "tier": tier = try reader.raw(TierName.self)
            default: throw GaveUp()
            }
        }
        guard let deadline, let due, let provisional, let tier else { throw GaveUp() }
        return PendingStep(tier: tier, deadline: deadline, due: Instant(secondsSinceEpoch: due), provisional: provisional)
    }

    private static func int(_ value: Int64) throws(GaveUp) -> Int {
        guard let value = Int(exactly: value) else { throw GaveUp() }
        return value
    }

    // MARK: JSON, as the writer writes it

    private mutating func skipBlanks() {
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        skipBlanks()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func expect(_ byte: UInt8) throws(GaveUp) {
        guard take(byte) else { throw GaveUp() }
    }

    private mutating func literal(_ text: StaticString) -> Bool {
        skipBlanks()
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[index + offset] != text.utf8Start[offset] { return false }
        index += count
        return true
    }

    /// An object's members in order, each value read by `member` given its key.
    private mutating func object(_ member: (inout ProjectionJSONReader, String) throws(GaveUp) -> Void) throws(GaveUp) {
        try expect(UInt8(ascii: "{"))
        if take(UInt8(ascii: "}")) { return }
        repeat {
            let key = try string()
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
        } while take(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"))
    }

    private mutating func array<Element>(_ element: (inout ProjectionJSONReader) throws(GaveUp) -> Element) throws(GaveUp) -> [Element] {
        try expect(UInt8(ascii: "["))
        var elements: [Element] = []
        if take(UInt8(ascii: "]")) { return elements }
        repeat { elements.append(try element(&self)) } while take(UInt8(ascii: ","))
        try expect(UInt8(ascii: "]"))
        return elements
    }

    /// nil for `null`, else the value `read` reads.
    private mutating func optional<Value>(_ read: (inout ProjectionJSONReader) throws(GaveUp) -> Value) throws(GaveUp) -> Value? {
        literal("null") ? nil : try read(&self)
    }

    private mutating func bool() throws(GaveUp) -> Bool {
        if literal("true") { return true }
        if literal("false") { return false }
        throw GaveUp()
    }

    /// A whole number as the writer writes it: an optional minus and digits, no fraction or exponent.
    private mutating func integer() throws(GaveUp) -> Int64 {
        skipBlanks()
        let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        let start = index
        var magnitude: Int64 = 0
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            let (times, overflowTimes) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = times.addingReportingOverflow(Int64(bytes[index] - UInt8(ascii: "0")))
            guard !overflowTimes, !overflowSum else { throw GaveUp() }
            magnitude = sum
            index += 1
        }
        guard index > start, index - start == 1 || bytes[start] != UInt8(ascii: "0") else { throw GaveUp() }
        if index < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) { throw GaveUp() }
        return negative ? -magnitude : magnitude
    }

    private mutating func raw<Value: RawRepresentable<String>>(_ type: Value.Type) throws(GaveUp) -> Value {
        guard let value = Value(rawValue: try string()) else { throw GaveUp() }
        return value
    }

    /// A string, its escapes read as JSON reads them (``JSONStringContent``); a raw control character, a bad
    /// escape or a lone surrogate gives up.
    private mutating func string() throws(GaveUp) -> String {
        try expect(UInt8(ascii: "\""))
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        guard index < bytes.count, let text = JSONStringContent.text(of: bytes[start..<index]) else { throw GaveUp() }
        index += 1
        return text
    }
}
