import CaseWatchCore
import Foundation

/// The operating-system account running the process, as audit entries name it.
public enum OperatingSystemUser {
    /// The real user id.
    public static var id: UInt32 { UInt32(getuid()) }

    /// The name of the real user id's account (never `$USER`, which the caller sets at will), any control
    /// character escaped; `uid<N>` when the account has no name.
    public static var name: String { name(of: id) }

    /// The name of the account with user id `uid`, any control character escaped; `uid<N>` when it has none.
    public static func name(of uid: UInt32) -> String {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4_096)
        let status = getpwuid_r(uid_t(uid), &entry, &buffer, buffer.count, &result)
        guard status == 0, result != nil, let pointer = entry.pw_name else { return "uid\(uid)" }
        let name = String(cString: pointer)
        return name.isEmpty ? "uid\(uid)" : PrintableText.escaped(name)
    }
}
