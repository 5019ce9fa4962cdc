/// Why an event's fields do not make an event of its type.
public struct EventFieldError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The field concerned.
    public let field: String
    /// What is wrong and how to fix it.
    public let message: String

    /// `field 'x': message`.
    public var description: String { "field '\(field)': \(message)" }
}

extension CaseEventKind {
    /// The names of the fields each event type takes, required ones first.
    public static func fieldNames(of type: CaseEventType) -> (required: [String], optional: [String]) {
        switch type {
        case .registered: (["category", "urgency"], ["policy_version"])
        case .dispatched: (["unit"], ["resolve_by"])
        case .accepted, .replied, .resumed: ([], [])
        case .closed: ([], ["satisfaction"])
        case .reopened, .suspended, .extensionDenied: ([], ["reason"])
        case .transferred: (["to"], ["reason"])
        case .returned: (["reason"], [])
        case .extensionRequested: (["days", "reason"], [])
        case .extensionGranted: (["days"], [])
        }
    }

    /// The event's fields as text, the form the event log stores (instants in UTC, ISO 8601).
    public var fields: [String: String] {
        var fields: [String: String] = [:]
        switch self {
        case let .registered(category, urgency, version):
            fields["category"] = category.description
            fields["urgency"] = urgency.rawValue
            fields["policy_version"] = version
        case let .dispatched(unit, resolveBy):
            fields["unit"] = unit.rawValue
            fields["resolve_by"] = resolveBy?.description
        case .accepted, .replied, .resumed:
            break
        case let .closed(satisfaction):
            fields["satisfaction"] = satisfaction?.rawValue
        case let .reopened(reason), let .suspended(reason), let .extensionDenied(reason):
            fields["reason"] = reason
        case let .transferred(to, reason):
            fields["to"] = to.rawValue
            fields["reason"] = reason
        case let .returned(reason):
            fields["reason"] = reason
        case let .extensionRequested(days, reason):
            fields["days"] = String(days)
            fields["reason"] = reason
        case let .extensionGranted(days):
            fields["days"] = String(days)
        }
        return fields
    }

    /// Reads an event of `type` from its fields; every field must be known to the type.
    public init(type: CaseEventType, fields: [String: String]) throws(EventFieldError) {
        let names = Self.fieldNames(of: type)
        let known = Set(names.required + names.optional)
        for name in fields.keys.sorted() where !known.contains(name) {
            let hint = known.isEmpty ? "a '\(type)' event takes no fields" : "a '\(type)' event takes \(known.sorted().joined(separator: ", "))"
            throw EventFieldError(field: name, message: "unknown field; \(hint)")
        }
        for name in names.required where (fields[name] ?? "").isEmpty {
            throw EventFieldError(field: name, message: "missing; a '\(type)' event needs \(names.required.joined(separator: " and "))")
        }
        let reader = FieldReader(fields: fields)
        switch type {
        case .registered:
            self = .registered(
                category: try reader.category("category"), urgency: Urgency(fields["urgency"]!),
                policyVersion: reader.text("policy_version")
            )
        case .dispatched:
            self = .dispatched(unit: UnitID(fields["unit"]!), resolveBy: try reader.instant("resolve_by"))
        case .accepted: self = .accepted
        case .replied: self = .replied
        case .resumed: self = .resumed
        case .closed: self = .closed(satisfaction: try reader.satisfaction("satisfaction"))
        case .reopened: self = .reopened(reason: reader.text("reason"))
        case .suspended: self = .suspended(reason: reader.text("reason"))
        case .extensionDenied: self = .extensionDenied(reason: reader.text("reason"))
        case .transferred: self = .transferred(to: UnitID(fields["to"]!), reason: reader.text("reason"))
        case .returned: self = .returned(reason: fields["reason"]!)
        case .extensionRequested:
            self = .extensionRequested(days: try reader.days("days"), reason: fields["reason"]!)
        case .extensionGranted:
            self = .extensionGranted(days: try reader.days("days"))
        }
    }
}

/// Reads typed values out of an event's text fields.
private struct FieldReader {
    let fields: [String: String]

    func text(_ name: String) -> String? {
        guard let value = fields[name], !value.isEmpty else { return nil }
        return value
    }

    func category(_ name: String) throws(EventFieldError) -> CaseCategory {
        guard let category = CaseCategory(fields[name]!) else {
            throw EventFieldError(field: name, message: "'\(fields[name]!)' is not a category; write dotted parts such as road.pothole")
        }
        return category
    }

    func instant(_ name: String) throws(EventFieldError) -> Instant? {
        guard let value = text(name) else { return nil }
        do {
            return try InstantParser.parseWithOffset(value)
        } catch {
            throw EventFieldError(field: name, message: error.description)
        }
    }

    func satisfaction(_ name: String) throws(EventFieldError) -> Satisfaction? {
        guard let value = text(name) else { return nil }
        guard let satisfaction = Satisfaction(rawValue: value) else {
            throw EventFieldError(field: name, message: "'\(value)' is not a satisfaction; use \(Satisfaction.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return satisfaction
    }

    func days(_ name: String) throws(EventFieldError) -> Int {
        switch Limits.wholeNumber(text(name) ?? "", in: 1...Int(Limits.mostWorkingDays)) {
        case let .success(days): return days
        case let .failure(problem):
            throw EventFieldError(field: name, message: "\(problem.message) working days")
        }
    }
}
