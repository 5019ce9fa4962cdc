import Foundation

/// Who the hotline centre's commands are audited as: `staff:<user>`, the operating-system user.
enum StaffActor {
    /// `staff:` and `$USER`, else the name of the process's user id, else `unknown`.
    static var current: String {
        if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return "staff:\(user)" }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return "staff:\(String(cString: name))" }
        return "staff:unknown"
    }
}
