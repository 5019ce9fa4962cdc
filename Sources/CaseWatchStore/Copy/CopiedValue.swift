/// One value of a row copied from one store to another: every column of CaseWatch's tables holds an
/// integer, text, or NULL.
public enum CopiedValue: Sendable, Hashable {
    /// SQL NULL.
    case null
    /// An integer.
    case integer(Int64)
    /// Text.
    case text(String)
}
