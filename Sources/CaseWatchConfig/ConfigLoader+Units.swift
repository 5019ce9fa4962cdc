import CaseWatchCore

extension ConfigLoader {
    /// Loads one `kind: units` file: the unit tree, parents before children (depth first, in file order).
    ///
    /// Each unit's `parent` is the unit whose `children` list it is written in; the top of the tree is the
    /// city. Ids must be unique, names not empty, and each unit's level one its parent holds (departments
    /// and districts under the city, streets under a district, communities under a street).
    public static func loadUnits(at path: String) throws(ConfigErrors) -> [OrgUnit] {
        let (file, diagnostics) = ConfigFileReader.read(path: path)
        guard case let .units(unitsFile)? = file else {
            throw ConfigErrors(diagnostics: diagnostics + wrongKind(file, at: path, expected: .units))
        }
        guard let units = unitsFile.units, diagnostics.isEmpty else { throw ConfigErrors(diagnostics: diagnostics) }
        return units
    }

    /// Loads one `kind: roster` file: the leaders, in file order.
    ///
    /// Ids must be unique, names and titles not empty, each level `district` or `city`, and each
    /// jurisdiction the id of one of `units`; a district leader's jurisdiction is a district or a unit
    /// inside one.
    public static func loadRoster(at path: String, units: [OrgUnit]) throws(ConfigErrors) -> [Leader] {
        let (file, readProblems) = ConfigFileReader.read(path: path)
        guard case let .roster(rosterFile)? = file else {
            throw ConfigErrors(diagnostics: readProblems + wrongKind(file, at: path, expected: .roster))
        }
        let diagnostics = (readProblems + JurisdictionCheck(units: units).diagnostics(of: rosterFile)).sortedByPosition()
        guard let leaders = rosterFile.leaders, diagnostics.isEmpty else { throw ConfigErrors(diagnostics: diagnostics) }
        return leaders
    }

    /// `this is a policy file; expected a file with 'kind: calendar'`, when a file of another kind was read.
    static func wrongKind(_ file: ConfigFile?, at path: String, expected: FileKind) -> [ConfigDiagnostic] {
        guard let file, file.kind != expected else { return [] }
        return [SourcePosition.start(of: path).diagnostic("this is a \(file.kind.rawValue) file; expected a file with 'kind: \(expected.rawValue)'")]
    }
}
