/// The kinds of configuration file, named by the `kind` key every file starts with.
enum FileKind: String, CaseIterable {
    /// A work calendar.
    case calendar
    /// A supervision policy.
    case policy
}
