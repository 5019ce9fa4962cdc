import Yams

extension ScalarReader {
    /// Text that is not blank, such as a unit's name; `what` names it in messages (`the unit's name`).
    func nonBlank(_ node: Node, _ what: String, example: String) -> String? {
        switch node {
        case .mapping, .sequence, .alias:
            log.error("expected \(what) as text, got \(node.summary)", at: node)
            return nil
        case .scalar:
            let text = node.text ?? ""
            guard !text.allSatisfy(\.isWhitespace) else {
                log.error("\(what) is empty; write it out, e.g. \(example)", at: node)
                return nil
            }
            return text
        }
    }

    /// An identifier of a unit or leader (see ``IdentifierText``).
    func identifier(_ node: Node, _ what: String, example: String) -> String? {
        parsed(node, what) { text throws(ValueProblem) in try IdentifierText.parse(text, what, example: example) }
    }
}
