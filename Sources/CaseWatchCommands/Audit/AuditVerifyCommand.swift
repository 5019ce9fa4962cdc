import ArgumentParser
import CaseWatchCore
import CaseWatchStore

/// `casewatch audit verify`: walk the chain and name the first entry altered, removed or inserted.
public struct AuditVerifyCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Walk the audit chain; name the first entry altered, removed or inserted, else print the head hash.",
        discussion: """
            Exit status 0 and the head hash when the chain is intact, 1 when it is broken. Keep the head hash \
            somewhere else: only a known head reveals entries removed from the end of the chain; pass it back \
            with --head to check that.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("A head hash noted earlier: it must still be in the chain.", valueName: "hash"))
    var head: String?

    /// Creates the command.
    public init() {}

    /// Verifies the chain.
    public func run() throws {
        let store = try database.open()
        let (verification, entries) = try store.read { reader in (try reader.verifyAudit(), try reader.auditEntries()) }
        switch verification {
        case let .broken(seq, problem):
            let entry = entries.first { $0.seq == seq }.map { " (\(PrintableText.escaped($0.action)) by \(PrintableText.escaped($0.actor)))" } ?? ""
            throw CommandFailure("""
                the audit chain of \(database.path) is broken: entry \(seq)\(entry) \(problem). The entries before it \
                are intact; compare the database with a backup from before that entry's time
                """)
        case let .intact(count, headHash):
            if let head {
                guard let known = entries.firstIndex(where: { $0.hash == head.lowercased() }) else {
                    throw CommandFailure("""
                        the audit chain of \(database.path) links up (\(count) entries), but the head noted earlier, \(head), is no \
                        longer in it: entries were removed from its end, or the chain was rewritten
                        """)
                }
                Console.line("the head noted earlier is entry \(entries[known].seq); \(count - known - 1) entries were appended since")
            }
            Console.line("audit chain intact: \(count) entr\(count == 1 ? "y" : "ies"), head \(headHash)")
        }
    }
}
