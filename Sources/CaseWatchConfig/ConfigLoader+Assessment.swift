import CaseWatchCore

extension ConfigLoader {
    /// Loads the assessment rules from the policy directory: its one `kind: assessment` file (searched
    /// like the policies, subfolders included), or ``AssessmentRules/standard`` when it has none.
    ///
    /// Only the assessment file's problems are reported (and a second assessment file); the policies
    /// are checked by ``loadPolicySet(at:)``.
    public static func loadAssessmentRules(at directory: String) throws(ConfigErrors) -> AssessmentRules {
        let location = ConfigFileFinder.kind(of: directory)
        guard location.exists, location.isDirectory else {
            let problem = location.exists ? "is not a directory; give the policy directory" : "no such directory"
            throw ConfigErrors(diagnostics: [SourcePosition.start(of: directory).diagnostic(problem)])
        }
        var found: [(file: AssessmentFile, diagnostics: [ConfigDiagnostic])] = []
        for path in ConfigFileFinder.files(in: directory) {
            let (file, diagnostics) = ConfigFileReader.read(path: path)
            if case let .assessment(assessment)? = file { found.append((assessment, diagnostics)) }
        }
        guard let first = found.first else { return .standard }
        var diagnostics = found.flatMap(\.diagnostics)
        for extra in found.dropFirst() {
            let earlier = first.file.position
            diagnostics.append(extra.file.position.diagnostic(
                "the assessment rules are already given at \(earlier.file):\(earlier.line):\(earlier.column); keep one file with 'kind: assessment'"
            ))
        }
        guard diagnostics.isEmpty, let rules = first.file.rules else { throw ConfigErrors(diagnostics: diagnostics.sortedByPosition()) }
        return rules
    }
}
