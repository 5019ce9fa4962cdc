import ArgumentParser
import CaseWatchEngine
import CaseWatchStore
import Logging

/// casewatchd's options for periodic signed audit checkpoints.
struct CheckpointOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Write a signed audit checkpoint into this folder at start and every --checkpoint-interval (needs --checkpoint-key).",
        valueName: "dir"
    ))
    var checkpointDir: String?

    @Option(help: ArgumentHelp("The private key file `casewatch audit keygen` wrote (mode 600).", valueName: "path"))
    var checkpointKey: String?

    @Option(help: "How often to write a checkpoint: a whole number with s, m or h, e.g. 15m or 1h.")
    var checkpointInterval = "1h"

    /// The checkpoint service for `store`, nil when no folder was given; throws a misuse of the options.
    func service(store: any CaseStore, clock: any SupervisorClock, logger: Logger) throws -> AuditCheckpointService? {
        guard let checkpointDir else {
            if checkpointKey != nil { throw CommandFailure("--checkpoint-key needs --checkpoint-dir: the folder the checkpoints go to") }
            return nil
        }
        guard let checkpointKey else {
            throw CommandFailure("--checkpoint-dir needs --checkpoint-key: the private key that signs the checkpoints (`casewatch audit keygen`)")
        }
        let key: AuditSigningKey
        do {
            key = try AuditKeyFile.readSigningKey(at: checkpointKey)
        } catch {
            throw CommandFailure("--checkpoint-key \(error)")
        }
        let interval = try Self.seconds(checkpointInterval)
        let checkpointer = AuditCheckpointer(store: store, key: key, directory: checkpointDir, intervalSeconds: interval)
        return AuditCheckpointService(checkpointer: checkpointer, clock: clock, logger: logger)
    }

    /// The interval in whole seconds: `Nh`, or what ``ArgumentReading/interval(_:option:)`` reads, at least a second.
    static func seconds(_ text: String) throws -> Int64 {
        if text.hasSuffix("h"), let hours = Int64(text.dropLast()), hours > 0, hours <= 24 * 7 { return hours * 3_600 }
        let duration = try ArgumentReading.interval(text, option: "--checkpoint-interval")
        guard duration >= .seconds(1) else { throw CommandFailure("--checkpoint-interval '\(text)': at least 1s") }
        return duration.components.seconds
    }
}
