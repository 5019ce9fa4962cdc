import ArgumentParser

/// The options every `casewatch signoff` command shares: the database and the policies, and the session
/// they open.
struct SignoffOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var policyOptions: PolicyOptions

    /// Opens the database under the policies.
    func session() throws -> SignoffSession {
        try SignoffSession(database: database, policyOptions: policyOptions)
    }
}
