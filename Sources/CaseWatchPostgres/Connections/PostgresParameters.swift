import CaseWatchStore

/// The `$1`, `$2`, … values of one statement, collected from an encoder both backends share (a notice's
/// or an attempt's columns).
struct PostgresParameters: StoredParameters {
    /// The values, in parameter order.
    private(set) var values: [any PostgresBindable]

    /// Parameters starting with `values`, to which the encoder's are appended.
    init(_ values: [any PostgresBindable] = []) {
        self.values = values
    }

    /// Appends text, or NULL for nil.
    mutating func text(_ value: String?) {
        values.append(value)
    }

    /// Appends an integer, or NULL for nil.
    mutating func integer(_ value: Int64?) {
        values.append(value)
    }

    /// The placeholders `$first, …` of `count` parameters, comma-separated.
    static func placeholders(_ count: Int, from first: Int = 1) -> String {
        (first..<(first + count)).map { "$\($0)" }.joined(separator: ", ")
    }
}
