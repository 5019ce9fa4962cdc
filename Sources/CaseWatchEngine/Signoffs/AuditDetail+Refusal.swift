extension AuditDetail {
    /// The detail of a refusal's audit entry: its data and, as `reason`, the code of the rule broken.
    static func refusal(code: String, fields: [String: String]) -> String {
        json(fields.merging(["reason": code]) { _, code in code })
    }
}
