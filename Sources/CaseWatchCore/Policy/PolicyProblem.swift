/// Where in a policy a problem lies, so that the configuration loader can point at the file position.
public enum PolicyLocation: Hashable, Sendable {
    /// The policy as a whole, or its `version` key.
    case version
    /// The `urgencies` section as a whole.
    case urgencies
    /// One urgency's default targets.
    case urgency(Urgency)
    /// One category's override for one urgency.
    case categoryOverride(CaseCategory, Urgency)
    /// The `extensions` section.
    case extensions
    /// One tier of the ladder, by its position in the list (0-based).
    case ladderTier(Int)
}

/// One problem found while validating a policy.
public struct PolicyProblem: Hashable, Sendable, CustomStringConvertible {
    /// Where the problem is.
    public let location: PolicyLocation
    /// What is wrong and how to fix it.
    public let message: String

    /// Creates a problem.
    public init(_ location: PolicyLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

/// Every problem that keeps a set of rules from being a valid ``Policy``.
public struct PolicyProblems: Error, Sendable, CustomStringConvertible {
    /// The problems, in the order found.
    public let problems: [PolicyProblem]

    /// The problems, one per line.
    public var description: String { problems.map(\.message).joined(separator: "\n") }
}

/// A policy was asked about an urgency it does not define.
public struct UnknownUrgencyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The urgency asked about.
    public let urgency: Urgency
    /// The urgencies the policy defines.
    public let known: [Urgency]

    /// A sentence naming the known urgencies.
    public var description: String {
        "unknown urgency '\(urgency)'; this policy defines \(known.map(\.rawValue).joined(separator: ", "))"
    }
}
