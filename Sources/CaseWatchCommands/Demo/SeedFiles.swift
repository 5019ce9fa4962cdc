import CaseWatchConfig
import CaseWatchCore

/// The seed unit tree and leader roster of a seed directory.
enum SeedFiles {
    /// Loads `<seeds>/units.yaml` and `<seeds>/leaders.yaml`, every problem reported with its position.
    static func load(from seeds: String) throws(CommandFailure) -> (units: [OrgUnit], leaders: [Leader]) {
        do {
            let units = try ConfigLoader.loadUnits(at: "\(seeds)/units.yaml")
            return (units, try ConfigLoader.loadRoster(at: "\(seeds)/leaders.yaml", units: units))
        } catch {
            throw CommandFailure("cannot load the seeds:\n\(error)")
        }
    }
}
