import CaseWatchCore

/// The `cases` row a `registered` event makes, for both backends.
package enum CaseRegistrationColumns {
    /// The columns an INSERT writes, in the order ``values(of:into:)`` gives them.
    package static let names = ["id", "category", "urgency", "policy_version", "registered_at"]

    /// ``names``, comma-separated.
    package static let list = names.joined(separator: ", ")

    /// Gives the INSERT's values for the case `event` registers, one per column of ``names``, in order;
    /// false, giving none, when `event` registers no case.
    package static func values(of event: CaseEvent, into parameters: inout some StoredParameters) -> Bool {
        guard case let .registered(category, urgency, policyVersion) = event.kind else { return false }
        parameters.text(event.caseID.rawValue)
        parameters.text(category.description)
        parameters.text(urgency.rawValue)
        parameters.text(policyVersion)
        parameters.integer(event.at.secondsSinceEpoch)
        return true
    }
}
