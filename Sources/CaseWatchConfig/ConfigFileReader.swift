import Yams

/// Reads one configuration file: parses it, dispatches on its `kind`, and checks it on its own.
enum ConfigFileReader {
    /// The file's contents and every problem found in it; the contents are nil when they cannot be told.
    /// Secrets named by a `kind: notify` file are looked up with `secrets`.
    static func read(path: String, secrets: NotifySecretProbe = .system) -> (file: ConfigFile?, diagnostics: [ConfigDiagnostic]) {
        let log = DiagnosticLog(file: path)
        let file = YAMLDocument.load(path, log: log).flatMap { read(root: $0, log: log, secrets: secrets) }
        return (file, log.diagnostics)
    }

    /// The contents of a parsed file.
    static func read(root: Node, log: DiagnosticLog, secrets: NotifySecretProbe = .system) -> ConfigFile? {
        let start = FileKind.startHint
        guard case let .mapping(mapping) = root else {
            log.error("expected a mapping of 'key: value' lines, got \(root.summary); \(start)", at: root)
            return nil
        }
        guard let kindNode = mapping["kind"] else {
            log.error("the file has no 'kind'; \(start)", at: root)
            return nil
        }
        switch ScalarReader(log: log).choice(kindNode, "kind", FileKind.self) {
        case .calendar: return .calendar(calendar(root, log: log))
        case .policy: return .policy(policy(root, log: log))
        case .units:
            var reader = UnitTreeReader(log: log)
            return .units(reader.file(root))
        case .roster:
            var reader = RosterReader(log: log)
            return .roster(reader.file(root))
        case .assessment: return .assessment(AssessmentReader(log: log).file(root))
        case .notify:
            var reader = NotifyReader(log: log, secrets: secrets)
            return .notify(reader.file(root))
        case nil: return nil
        }
    }

    private static func calendar(_ root: Node, log: DiagnosticLog) -> CalendarFile {
        let draft = CalendarReader(log: log).draft(root)
        return CalendarFile(
            name: draft?.name?.value,
            namePosition: log.position(of: draft?.name?.node ?? root),
            calendar: draft.flatMap { CalendarAssembly(log: log, root: root).calendar(from: $0) }
        )
    }

    private static func policy(_ root: Node, log: DiagnosticLog) -> PolicyFile {
        let draft = PolicyReader(log: log).draft(root)
        return PolicyFile(
            version: draft?.version?.value,
            versionPosition: log.position(of: draft?.version?.node ?? root),
            effectiveFrom: draft?.effectiveFrom?.value,
            effectiveFromPosition: log.position(of: draft?.effectiveFrom?.node ?? root),
            calendarName: draft?.calendarName?.value,
            calendarPosition: log.position(of: draft?.calendarName?.node ?? root),
            policy: draft.flatMap { PolicyAssembly(log: log, root: root).policy(from: $0) },
            signoffLevels: (draft?.ladder ?? []).enumerated().compactMap { index, tier in
                tier.value.signoffLevel.map { ($0, index + 1, log.position(of: tier.node)) }
            }
        )
    }
}
