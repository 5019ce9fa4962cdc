import CaseWatchCore

/// What recording an escalation writes, for both backends: its row, an assessment ledger line when it
/// deducts points, and a pending sign-off when its tier asks for one.
package struct EscalationRecord {
    /// The escalation.
    package let escalation: Escalation
    /// The ledger line's points: the escalation's, negated (a deduction); nil when it deducts none, and no
    /// line is written.
    package let ledgerPoints: Int64?
    /// The pending sign-off's level and due instant (the one given, else the detection instant); nil when
    /// the tier asks for none.
    package let signoff: (level: String, due: Instant)?

    /// The record of `escalation`, whose sign-off (if its tier asks for one) falls due at `signoffDue`.
    package init(_ escalation: Escalation, signoffDue: Instant?) {
        self.escalation = escalation
        ledgerPoints = escalation.points.hundredths == 0 ? nil : -Int64(escalation.points.hundredths)
        signoff = escalation.signoffLevel.map { ($0, signoffDue ?? escalation.detectedAt) }
    }

    /// The columns of a whole record, for a backend that writes a batch in one statement: the escalation's
    /// (``EscalationColumns/names``), then the ledger points, the sign-off's level and its due instant.
    package static let names = EscalationColumns.names + ["ledger_points", "signoff_level", "signoff_due"]

    /// Gives the record's values, one per column of ``names``, in order (NULL for what is not written).
    package func values(into parameters: inout some StoredParameters) {
        EscalationColumns.values(of: escalation, into: &parameters)
        parameters.integer(ledgerPoints)
        parameters.text(signoff?.level)
        parameters.integer(signoff?.due.secondsSinceEpoch)
    }
}
