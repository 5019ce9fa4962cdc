/// The parameters of one statement, given in order from the first by an encoder both backends share: what
/// lets one list say which value goes to which column, for SQLite's binder and PostgreSQL's `$n` alike.
package protocol StoredParameters {
    /// Appends text, or NULL for nil.
    mutating func text(_ value: String?)
    /// Appends an integer, or NULL for nil.
    mutating func integer(_ value: Int64?)
}
