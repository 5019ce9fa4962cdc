import CaseWatchStore

/// What the commands say when the store refuses: the store's fact, then how to fix it from the command line.
extension StoreError {
    /// The store's description followed by the fix a command-line user can apply.
    var wording: String {
        switch self {
        case .notFound:
            "\(description); create it with `casewatch init` (on PostgreSQL, in an empty database: `casewatch migrate` makes the schema alone), or point --db (or $CASEWATCH_DB) at an existing one"
        case .notCaseWatch:
            "\(description); point --db at the store `casewatch init` created"
        case .damaged:
            "\(description): restore it from a backup, or move it away and run `casewatch init`"
        case .unreadable:
            "\(description); check its permissions (`ls -l`) and that you are the user who runs CaseWatch"
        case .newerSchema:
            "\(description); upgrade casewatch to use it"
        default:
            description
        }
    }
}
