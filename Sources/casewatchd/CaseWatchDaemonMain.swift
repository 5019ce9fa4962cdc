import CaseWatchCommands

/// The `casewatchd` executable: parses the command line and runs the supervision daemon.
@main
enum CaseWatchDaemonMain {
    /// Runs `casewatchd`.
    static func main() async {
        await DaemonCommand.main()
    }
}
