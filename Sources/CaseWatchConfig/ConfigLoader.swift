import CaseWatchCore

/// Loads and checks configuration files written in YAML: work calendars, supervision policies, the unit
/// tree and the leader roster.
///
/// Every problem is reported with the file, line and column of the YAML node concerned, and all the
/// problems of a file are reported together (a YAML syntax error stops that file).
public enum ConfigLoader {
    /// Loads one `kind: calendar` file.
    public static func loadCalendar(at path: String) throws(ConfigErrors) -> WorkCalendar {
        let (file, diagnostics) = ConfigFileReader.read(path: path)
        guard case let .calendar(calendarFile)? = file else {
            throw ConfigErrors(diagnostics: diagnostics + wrongKind(file, at: path, expected: .calendar))
        }
        guard let calendar = calendarFile.calendar, diagnostics.isEmpty else { throw ConfigErrors(diagnostics: diagnostics) }
        return calendar
    }

    /// Loads every calendar and policy under a directory: `*.yaml` and `*.yml` files in it and in its
    /// subfolders (such as `calendars/`), checked on their own and against each other, and the routing of
    /// deliveries (`kind: notify`) when the directory has one; the secrets it names are looked up with
    /// `secrets` (never read).
    public static func loadPolicySet(at directory: String, secrets: NotifySecretProbe = .system) throws(ConfigErrors) -> PolicySet {
        let location = ConfigFileFinder.kind(of: directory)
        guard location.exists, location.isDirectory else {
            let problem = location.exists ? "is not a directory; give the policy directory" : "no such directory"
            throw ConfigErrors(diagnostics: [SourcePosition.start(of: directory).diagnostic(problem)])
        }
        let check = ConfigSetCheck(files: ConfigFileFinder.files(in: directory), secrets: secrets)
        guard check.diagnostics.isEmpty else { throw ConfigErrors(diagnostics: check.diagnostics) }
        guard !check.policies.isEmpty else {
            throw ConfigErrors(diagnostics: [
                SourcePosition.start(of: directory).diagnostic("no policy file (kind: policy) found in the directory or its subfolders"),
            ])
        }
        return PolicySet(calendars: check.calendars, policies: check.policies, notify: check.notifyFiles.first?.routing)
    }

    /// Checks files and directories (recursively) without loading them: every file on its own, and the
    /// files against each other (calendar names, policy versions and dates, each policy's calendar, unit
    /// and leader ids, and each leader's jurisdiction when a units file is among them).
    ///
    /// A path that does not exist is reported as `path:1:1: no such file or directory`; so is a directory
    /// with no YAML file, and calendars given without any policy (both of which the loaders refuse).
    /// The secrets a routing file names are looked up with `secrets` (never read).
    public static func check(paths: [String], secrets: NotifySecretProbe = .system) -> [ConfigDiagnostic] {
        var files: [String] = []
        var missing: [ConfigDiagnostic] = []
        for path in paths {
            let location = ConfigFileFinder.kind(of: path)
            if !location.exists {
                missing.append(SourcePosition.start(of: path).diagnostic("no such file or directory"))
            } else if location.isDirectory {
                let found = ConfigFileFinder.files(in: path)
                if found.isEmpty {
                    missing.append(SourcePosition.start(of: path).diagnostic(
                        "the directory holds no *.yaml or *.yml file; casewatchd and every command refuse such a policy directory: give the directory that holds the policy and calendar files"
                    ))
                }
                files += found
            } else {
                files.append(path)
            }
        }
        var seen: Set<String> = []
        let unique = files.filter { seen.insert($0).inserted }
        let check = ConfigSetCheck(files: unique, extraDiagnostics: missing, secrets: secrets)
        if let directory = paths.first(where: { ConfigFileFinder.kind(of: $0).isDirectory }), check.diagnostics.isEmpty,
           !check.calendars.isEmpty, check.policies.isEmpty {
            return check.diagnostics + [SourcePosition.start(of: directory).diagnostic(
                "no policy file (kind: policy) found beside the calendars; casewatchd and every command refuse a policy directory without one: add the policy files"
            )]
        }
        return check.diagnostics
    }
}
