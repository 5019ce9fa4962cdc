import ArgumentParser
import CaseWatchConfig

/// The `--policies` option of commands that project cases.
struct PolicyOptions: ParsableArguments {
    /// The policy directory.
    @Option(help: "The policy directory.")
    var policies: String = "policies"

    /// Loads the policy set. The secrets the routing names are looked up with `secrets`: by default taken as
    /// present, since a command that sends nothing needs none; the daemon checks them (`.system`).
    func load(secrets: NotifySecretProbe = .unchecked) throws -> PolicySet {
        do {
            return try ConfigLoader.loadPolicySet(at: policies, secrets: secrets)
        } catch {
            throw CommandFailure("cannot load policies from \(policies):\n\(error)")
        }
    }
}
