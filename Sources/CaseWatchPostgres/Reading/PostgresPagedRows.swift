import CaseWatchStore

/// The rows of a query that may be too many to hold at once, read a page at a time: PostgreSQL's answer
/// to an SQLite cursor for a walk over a whole table.
///
/// Each page is the rows after the last one of the page before, by the query's own ordering key, so the
/// walk holds one page at a time; within a read transaction every page comes from the same snapshot.
final class PostgresPagedRows {
    /// How many rows a page holds: enough to make round trips rare, few enough to keep memory small.
    static let pageSize = 1_000

    /// The page after `last` (nil: the first page), at most ``pageSize`` rows in the walk's order.
    private let fetchPage: (_ last: PostgresColumns?) throws(StoreError) -> [PostgresColumns]
    /// The page being read.
    private var page: [PostgresColumns] = []
    /// How many rows of ``page`` were read.
    private var position = 0
    /// Whether ``page`` is the last: it held fewer rows than a full page.
    private var exhausted = false

    /// Rows read by `fetchPage`, which gets the last row read so far (nil for the first page) and returns
    /// up to ``pageSize`` rows that follow it.
    init(_ fetchPage: @escaping (_ last: PostgresColumns?) throws(StoreError) -> [PostgresColumns]) {
        self.fetchPage = fetchPage
    }

    /// The next row, nil after the last.
    func next() throws(StoreError) -> PostgresColumns? {
        if position == page.count {
            // A page shorter than a full one was the last: asking again would only cost a round trip.
            guard !exhausted else { return nil }
            page = try fetchPage(page.last)
            position = 0
            exhausted = page.count < Self.pageSize
            guard !page.isEmpty else { return nil }
        }
        position += 1
        return page[position - 1]
    }
}
