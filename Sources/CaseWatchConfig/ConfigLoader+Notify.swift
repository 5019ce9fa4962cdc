import CaseWatchCore

extension ConfigLoader {
    /// Loads the leaders' receivers of a `kind: roster` file (each leader's `receivers:`), by leader id,
    /// for ``CaseWatchCore/NotifyRouting/withLeaderReceivers(_:)``. A leader without any is left out.
    ///
    /// Only the roster's own problems are reported; `policy check` with the roster and the policy
    /// directory checks the names against the routing.
    public static func loadLeaderReceivers(at path: String) throws(ConfigErrors) -> [String: [String]] {
        let (file, diagnostics) = ConfigFileReader.read(path: path)
        guard case let .roster(rosterFile)? = file else {
            throw ConfigErrors(diagnostics: diagnostics + wrongKind(file, at: path, expected: .roster))
        }
        guard diagnostics.isEmpty else { throw ConfigErrors(diagnostics: diagnostics) }
        return rosterFile.receiversByLeader
    }
}
