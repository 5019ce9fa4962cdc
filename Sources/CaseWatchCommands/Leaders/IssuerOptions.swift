import ArgumentParser
import CaseWatchEngine

/// Who issues or revokes a token: the database file's owner by default, or a leader by `--token-file`.
struct IssuerOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Act as the leader whose own token this file holds (chmod 600), for leaders at or below your level in your jurisdiction; default: act as the database file's owner.",
        valueName: "path"
    ))
    var tokenFile: String?

    /// The issuer: the leader of the token file, else the operating-system user (checked against the
    /// database file's owner by the desk). `$CASEWATCH_TOKEN` is not read: issuing as a leader is explicit.
    func issuer() throws(CommandFailure) -> TokenDesk.Issuer {
        guard let tokenFile else { return .operatingSystemUser(id: OperatingSystemUser.id) }
        return .leader(token: try TokenOptions.read(tokenFile) ?? "")
    }
}
