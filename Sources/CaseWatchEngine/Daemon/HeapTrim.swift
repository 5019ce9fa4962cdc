#if canImport(Glibc)
import Glibc
#endif

/// Returning the free pages of the C heap to the system.
enum HeapTrim {
    /// Asks glibc to give back every whole free page of its heaps (`malloc_trim(0)`), so that memory freed
    /// after a large transient allocation (the daemon's list of a million pending steps) stops counting as
    /// resident. Does nothing where glibc's `malloc_trim` is not found.
    static func returnFreePages() {
        _ = mallocTrim?(0)
    }

    /// glibc's `malloc_trim`, which the Glibc module does not export, looked up at run time.
    private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
        return nil
        #endif
    }()
}
