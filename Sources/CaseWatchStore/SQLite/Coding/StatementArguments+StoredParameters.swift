import GRDB

/// GRDB's arguments take the parameters the shared encoders give (an attempt's columns), for the cached
/// statements that are not on the hot path.
extension StatementArguments: StoredParameters {
    /// Appends text, or NULL for nil.
    package mutating func text(_ value: String?) {
        self += [value]
    }

    /// Appends an integer, or NULL for nil.
    package mutating func integer(_ value: Int64?) {
        self += [value]
    }
}
