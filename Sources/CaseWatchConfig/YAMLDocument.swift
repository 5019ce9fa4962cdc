import Foundation
import Yams

/// Reads a configuration file into a YAML node tree, reporting syntax errors and repeated keys.
enum YAMLDocument {
    /// The most repeated keys recovered from in one file before giving up on it.
    private static let recoveryLimit = 200

    /// The root node of the file at `path`; nil (after reporting) when the file cannot be read or parsed.
    static func load(_ path: String, log: DiagnosticLog) -> Node? {
        guard let data = FileManager.default.contents(atPath: path) else {
            log.error("cannot read the file; check that it exists and is readable", at: .start(of: log.file))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            log.error("the file is not UTF-8 text; save it as UTF-8", at: .start(of: log.file))
            return nil
        }
        return parse(text, log: log)
    }

    /// The root node of a YAML text; nil (after reporting) on a syntax error or an empty text.
    static func parse(_ text: String, log: DiagnosticLog) -> Node? {
        var recovery = DuplicateKeyRecovery(text: text)
        var source = text
        for _ in 0..<recoveryLimit {
            do {
                guard let root = try Yams.compose(yaml: source) else {
                    log.error("the file is empty; \(FileKind.startHint)", at: .start(of: log.file))
                    return nil
                }
                return root
            } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
                guard let key = duplicates.first, recovery.recover(key: key, first: context.mark, log: log) else {
                    let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
                    log.error("duplicate key \(keys) in this mapping; keep one of each", at: position(context.mark, log))
                    return nil
                }
                source = recovery.text
            } catch {
                report(error, log: log)
                return nil
            }
        }
        log.error("too many duplicate keys; fix the ones reported and check again", at: .start(of: log.file))
        return nil
    }

    /// Reports a Yams syntax error at its position.
    private static func report(_ error: any Error, log: DiagnosticLog) {
        guard let yamlError = error as? YamlError else {
            log.error("cannot parse the file: \(error)", at: .start(of: log.file))
            return
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let during = context.map { " (\($0.text), line \($0.mark.line), column \($0.mark.column))" } ?? ""
            log.error(
                "YAML syntax error: \(problem)\(during); check the indentation, colons and quotes here",
                at: position(mark, log)
            )
        case let .reader(problem, _, _, _):
            log.error("the file cannot be read as YAML: \(problem)", at: .start(of: log.file))
        default:
            log.error("cannot parse the file: \(yamlError)", at: .start(of: log.file))
        }
    }

    private static func position(_ mark: Mark, _ log: DiagnosticLog) -> SourcePosition {
        SourcePosition(file: log.file, line: mark.line, column: mark.column)
    }
}
