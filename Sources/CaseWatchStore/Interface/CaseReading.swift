import CaseWatchCore

/// Reads cases, their projections and stored next steps: the part of ``StoreReader`` that each backend implements in its own SQL.
public protocol CaseReading {
    /// Up to `limit` cases matching `filter` whose id comes after `caseID` (nil: from the first), by id, each
    /// with the next step stored with it.
    ///
    /// The overdue filter is the columns' form of ``CaseProjection/isOverdue(at:)`` (open, and an unmet accept
    /// or resolve deadline in force before the instant); callers may confirm each case with the core's rule.
    func cases(
        after caseID: CaseID?, matching filter: CaseFilter, limit: Int
    ) throws(StoreError) -> [(projection: CaseProjection, next: PendingStep?)]

    /// Up to `limit` projections of open cases whose id comes after `caseID` (nil: from the first), by id.
    func openProjections(after caseID: CaseID?, limit: Int) throws(StoreError) -> [CaseProjection]

    /// The stored projection of a case, nil when none is stored.
    func projection(of caseID: CaseID) throws(StoreError) -> CaseProjection?

    /// How many cases are open (any status but closed).
    func openCaseCount() throws(StoreError) -> Int

    /// The stored projections with the given status and/or current unit (nil: any), by case id.
    func projections(status: CaseStatus?, unit: UnitID?) throws(StoreError) -> [CaseProjection]

    /// The next step stored with a case's projection by ``StoreWriter/saveProjection(_:nextStep:)``, nil
    /// when none was (or no projection is stored).
    func storedNextStep(of caseID: CaseID) throws(StoreError) -> PendingStep?

    /// A case's stored projection and the next step stored with it, in one read; nil when none is stored.
    func projectionAndNextStep(of caseID: CaseID) throws(StoreError) -> (CaseProjection, PendingStep?)?

    /// ``projectionAndNextStep(of:)`` of each case in `caseIDs` that has a projection, in one read: the bulk
    /// form for intake.
    func projectionsAndNextSteps(of caseIDs: [CaseID]) throws(StoreError) -> [CaseID: (CaseProjection, PendingStep?)]

    /// Every registered case's id, in id order.
    func caseIDs() throws(StoreError) -> [CaseID]
}
