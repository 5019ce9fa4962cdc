/// One value of an intake JSON object, as far as intake cares.
enum IntakeJSONValue: Equatable {
    case string(String)
    case integer(Int64)
    case null
    /// Anything else, described for the error message (e.g. `true`, `the number 1.5`, `an array`).
    case other(String)

    /// What JSONDecoder leaves of a value it cannot read as any of the above (a malformed number or string
    /// escape): it reads as an object.
    static let unreadable = IntakeJSONValue.other("an object")
}
