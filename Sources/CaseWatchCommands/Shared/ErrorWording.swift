import CaseWatchStore

/// The one place where a command turns an error from the engine or the store into what its user reads.
public enum ErrorWording {
    /// The error to report for `error`: the store's typed errors in the commands' words, others unchanged
    /// (ArgumentParser's own errors keep their usage text and exit codes).
    public static func reported(_ error: any Error) -> any Error {
        if let storeError = error as? StoreError { return CommandFailure(storeError.wording) }
        return error
    }
}
