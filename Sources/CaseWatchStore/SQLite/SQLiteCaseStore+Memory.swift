extension SQLiteCaseStore {
    /// Hands back the memory SQLite holds for this store: the writer's page cache is emptied and the reader
    /// connections (each with its own page cache of up to ``StoreConfiguration/pageCacheKiB``) are closed;
    /// they reopen on the next read.
    ///
    /// For a long-lived process after a read of the whole store, such as the daemon filling its wheel: the
    /// caches would otherwise stay resident while it idles. Blocks until the accesses in flight complete.
    public func releaseMemory() {
        pool.releaseMemory()
    }
}
