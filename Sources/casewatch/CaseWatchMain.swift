import CaseWatchCommands

/// The `casewatch` executable: parses the command line and runs the command.
@main
enum CaseWatchMain {
    /// Runs `casewatch`.
    static func main() {
        CaseWatchCommand.main()
    }
}
