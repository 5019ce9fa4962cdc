import GRDB

@testable import CaseWatchStore

extension StoreWriter {
    /// The SQLite connection of this transaction, for tests that go around the store's API (to tamper with
    /// rows, as an intruder with the file would).
    var db: Database { (self as! SQLiteStoreWriter).db }
}
