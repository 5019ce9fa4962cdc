import CaseWatchCore
import CaseWatchStore

/// The verdict on a file's records before anything is written: which would be stored, which are already
/// stored, and which would be refused and why.
public struct IntakeCheck: Sendable {
    /// Records that would be stored, in file order.
    public var accepted: [IntakeRecord] = []
    /// Records whose event is already stored (or repeated in the file) with the same content.
    public var duplicates = 0
    /// Records that would be refused.
    public var problems: [IntakeProblem] = []
    /// What the simulation made of each accepted record's case, in the order of ``accepted``: writing the
    /// check itself (``EventIntake``'s `append` and `write` of an `IntakeCheck`) takes these while the store
    /// still holds the projection the check started from, instead of running the lifecycle again.
    var simulated: [SimulatedStep] = []
}

extension IntakeCheck {
    /// ``simulated`` when it still matches ``accepted`` one to one (nil when a caller changed `accepted`).
    var simulatedSteps: [SimulatedStep]? {
        simulated.count == accepted.count ? simulated : nil
    }
}

/// One accepted record as the check simulated it: its case before and after the record.
struct SimulatedStep: Sendable {
    /// The record's event.
    let eventID: EventID
    /// The case's projection before the record (nil: not registered yet).
    let before: CaseProjection?
    /// The case's projection after it.
    let after: CaseProjection
}

/// Simulates appending records to the store: the lifecycle is applied to each case's stored projection
/// in file order, so a record that depends on a refused one (an acceptance after a refused dispatch) is
/// refused too.
struct IntakeSimulation {
    let catalog: any PolicyCatalog

    func run(_ records: [IntakeRecord], reader: any StoreReader) throws -> IntakeCheck {
        var check = IntakeCheck()
        let units = Set(try reader.units().map(\.id))
        let stored = try reader.storedEventIDs(among: records.map(\.event.id))
        let storedCases = try reader.projectionsAndNextSteps(of: Array(Set(records.map(\.event.caseID))))
        var projections: [CaseID: CaseProjection?] = [:]
        var seen: [EventID: (line: Int, event: CaseEvent)] = [:]
        seen.reserveCapacity(records.count)
        for record in records {
            let event = record.event
            if let earlier = seen[event.id] {
                if earlier.event == event {
                    check.duplicates += 1
                } else {
                    check.problems.append(problem(record, .eventIDReused(event.id, firstLine: earlier.line)))
                }
                continue
            }
            seen[event.id] = (record.line, event)
            if stored.contains(event.id), let existing = try reader.event(id: event.id) {
                if existing.event == event {
                    check.duplicates += 1
                } else {
                    check.problems.append(problem(record, .eventIDStoredWithOtherContent(event.id, logEntry: existing.seq)))
                }
                continue
            }
            if let unit = IntakeRules.unitNamed(by: event), !units.contains(unit) {
                check.problems.append(problem(record, .unknownUnit(unit)))
                continue
            }
            let current: CaseProjection?
            if let cached = projections[event.caseID] {
                current = cached
            } else {
                current = storedCases[event.caseID]?.0
            }
            do {
                let after = try CaseLifecycle.apply(event, to: current, catalog: catalog)
                projections[event.caseID] = after
                check.accepted.append(record)
                check.simulated.append(SimulatedStep(eventID: event.id, before: current, after: after))
            } catch {
                projections[event.caseID] = .some(current)
                check.problems.append(problem(record, .refusedTransition(error.reason)))
            }
        }
        return check
    }

    func problem(_ record: IntakeRecord, _ reason: IntakeProblemReason) -> IntakeProblem {
        IntakeProblem(line: record.line, reason: reason, raw: record.raw)
    }
}

/// Rules of intake that need the store rather than the case alone.
enum IntakeRules {
    /// The unit an event dispatches or transfers to, which must be in the unit tree.
    static func unitNamed(by event: CaseEvent) -> UnitID? {
        switch event.kind {
        case let .dispatched(unit, _): unit
        case let .transferred(to, _): to
        default: nil
        }
    }
}
