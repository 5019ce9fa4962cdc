import ArgumentParser
import CaseWatchCore
import CaseWatchEngine
import CaseWatchPostgres
import CaseWatchStore
import Foundation

/// `casewatch audit verify`: walk the chain and name the first entry altered, removed or inserted; with a
/// checkpoint, also catch a chain cut short or rewritten since it.
public struct AuditVerifyCommand: ParsableCommand {
    /// The command's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Walk the audit chain; name the first entry altered, removed or inserted, else print the head hash.",
        discussion: """
            Exit status 0 and the head hash when the chain is intact, 1 when it is broken. Entries removed from \
            the end of the chain, or a chain rewritten whole, are caught against a signed checkpoint \
            (--checkpoint, from `casewatch audit checkpoint` or casewatchd --checkpoint-dir) or a head hash \
            noted earlier (--head). The database is opened read-only and never migrated: a read-only copy verifies.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("A head hash noted earlier: it must still be in the chain.", valueName: "hash"))
    var head: String?

    @Option(help: ArgumentHelp("A signed checkpoint: the chain must hold its entries unchanged.", valueName: "path"))
    var checkpoint: String?

    @Option(help: ArgumentHelp("The checkpoint key's public key file (default: $CASEWATCH_AUDIT_PUBLIC_KEY).", valueName: "path"))
    var publicKey: String?

    /// Creates the command.
    public init() {}

    /// Verifies the chain.
    public func run() throws {
        let signed = try checkpoint.map(readCheckpoint)
        let read = { (reader: any StoreReader) in
            (try reader.verifyAudit(), try reader.auditEntries(), try signed.map { try reader.compareAudit(with: $0) })
        }
        let (verification, entries, comparison): (AuditVerification, [AuditEntry], AuditCheckpointComparison?)
        do {
            switch try database.location {
            case let .sqlite(path): (verification, entries, comparison) = try ReadOnlyCaseStore.open(at: path).read(read)
            case let .postgres(location): (verification, entries, comparison) = try PostgresCaseStore.open(location).read(read)
            }
        } catch {
            throw ErrorWording.reported(error)
        }
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
            if let signed, let comparison { try report(comparison, against: signed) }
            Console.line("audit chain intact: \(count) entr\(count == 1 ? "y" : "ies"), head \(headHash)")
        }
    }

    /// The checkpoint at `path`, its signature checked with the public key.
    private func readCheckpoint(_ path: String) throws -> AuditCheckpoint {
        let keyPath = publicKey ?? ProcessInfo.processInfo.environment["CASEWATCH_AUDIT_PUBLIC_KEY"].flatMap { $0.isEmpty ? nil : $0 }
        guard let keyPath else {
            throw CommandFailure("--checkpoint needs the public key that checks its signature: give --public-key <file> (the .pub file `casewatch audit keygen` wrote)")
        }
        let key: AuditPublicKey
        let checkpoint: AuditCheckpoint
        do {
            key = try AuditKeyFile.readPublicKey(at: keyPath)
        } catch {
            throw CommandFailure("--public-key \(error)")
        }
        do {
            checkpoint = try AuditCheckpointFile.read(at: path)
        } catch {
            throw CommandFailure("--checkpoint \(error)")
        }
        guard checkpoint.keyID == key.keyID else {
            throw CommandFailure("""
                --checkpoint \(path): it was signed by key \(checkpoint.keyID), but --public-key \(keyPath) is key \(key.keyID); \
                give the public key of the key that signs the checkpoints
                """)
        }
        guard key.verifies(checkpoint) else {
            throw CommandFailure("""
                --checkpoint \(path): its signature does not verify with key \(key.keyID): the checkpoint was altered after \
                it was signed; nothing it says can be trusted
                """)
        }
        return checkpoint
    }

    /// Prints how the chain stands against `checkpoint`, or throws what differs.
    private func report(_ comparison: AuditCheckpointComparison, against checkpoint: AuditCheckpoint) throws {
        let taken = "the checkpoint of \(checkpoint.time) (\(checkpoint.entries) entries)"
        switch comparison {
        case let .consistent(_, appended):
            Console.line("consistent with \(taken); \(appended) entr\(appended == 1 ? "y was" : "ies were") appended since")
        case let .broken(seq, problem):
            throw CommandFailure("the audit chain of \(database.path) is broken: entry \(seq) \(problem)")
        case let .otherDatabase(stored):
            throw CommandFailure("""
                \(taken) is of database \(checkpoint.databaseID), but \(database.path) is \(stored.map { "database \($0)" } ?? "a database never checkpointed"): \
                verify the database the checkpoint was taken of
                """)
        case let .shorter(entries):
            throw CommandFailure("""
                the audit chain of \(database.path) has \(entries) entries, fewer than \(taken): entries were removed from its end \
                after the checkpoint; restore the database from a backup taken after \(checkpoint.time)
                """)
        case let .differs(seq, hash):
            throw CommandFailure("""
                the audit chain of \(database.path) differs from \(taken): entry \(seq) has hash \(hash), the checkpoint says \
                \(checkpoint.head); the chain was rewritten after the checkpoint
                """)
        }
    }
}
