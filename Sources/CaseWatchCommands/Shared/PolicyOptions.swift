import ArgumentParser
import CaseWatchConfig

/// The `--policies` option of commands that project cases.
struct PolicyOptions: ParsableArguments {
    /// The policy directory.
    @Option(help: "The policy directory.")
    var policies: String = "policies"

    /// Loads the policy set.
    func load() throws -> PolicySet {
        do {
            return try ConfigLoader.loadPolicySet(at: policies)
        } catch {
            throw CommandFailure("cannot load policies from \(policies):\n\(error)")
        }
    }
}
