extension ProblemType {
    /// No case has this id (404).
    public static let caseNotFound = ProblemType(slug: "case-not-found", title: "Case not found", status: .notFound)
}
