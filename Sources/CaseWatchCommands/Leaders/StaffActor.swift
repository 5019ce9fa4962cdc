import CaseWatchEngine

/// Who the hotline centre's commands are audited as: `staff:<user>`, the operating-system user.
enum StaffActor {
    /// `staff:` and the account of the process's real user id (never `$USER`, which the caller sets at will).
    static var current: String { "staff:\(OperatingSystemUser.name)" }
}
