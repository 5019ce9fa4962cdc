import Foundation

/// Times a stretch of code: started when made, read with ``nanoseconds``.
///
/// (Not a closure-taking helper: a closure that captures the arrays being filled can make them be copied.)
struct Stopwatch {
    /// When the stopwatch was made.
    private let start = ContinuousClock.now

    /// Nanoseconds since the stopwatch was made.
    var nanoseconds: Double {
        let elapsed = start.duration(to: .now)
        return Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9
    }
}

/// This process's resident memory in bytes, from `/proc/self/statm`, after handing the allocator's free
/// memory back to the system (`malloc_trim`), so that buffers freed while a structure grew are not counted.
func residentBytes() -> Int {
    _ = mallocTrim?(0)
    let fields = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8))?.split(separator: " ") ?? []
    let pages = fields.count > 1 ? Int(fields[1]) ?? 0 : 0
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// glibc's `malloc_trim`, which the Glibc module does not export, looked up at run time.
private let mallocTrim: (@convention(c) (Int) -> Int32)? = {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
    return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
}()
