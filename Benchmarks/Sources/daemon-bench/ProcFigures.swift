import Foundation

/// What Linux's `/proc` says about a process.
enum ProcFigures {
    /// Resident memory in bytes (`VmRSS` of `/proc/<pid>/status`).
    static func residentBytes(of pid: Int32) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true)[1])
        else { return 0 }
        return kilobytes * 1024
    }

    /// CPU time of every thread, user and system, in nanoseconds (first field of each
    /// `/proc/<pid>/task/<tid>/schedstat`; threads that ended are missed, so read it twice while they live).
    static func cpuNanoseconds(of pid: Int32) -> Int64 {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.reduce(0) { total, task in
            let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/schedstat", encoding: .utf8)) ?? ""
            return total + (text.split(separator: " ").first.flatMap { Int64($0) } ?? 0)
        }
    }

    /// User plus system time in clock ticks (`utime` + `stime` of `/proc/<pid>/stat`), as nanoseconds.
    static func statCPUNanoseconds(of pid: Int32) -> Int64 {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")")
        else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // fields[0] is the state (field 3); utime and stime are fields 14 and 15.
        let ticks = (Int64(fields[11]) ?? 0) + (Int64(fields[12]) ?? 0)
        return ticks * 1_000_000_000 / Int64(sysconf(Int32(_SC_CLK_TCK)))
    }
}
