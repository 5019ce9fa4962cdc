import CaseWatchStore

/// Reads `--status`: one of the delivery statuses, or a clear refusal naming them.
enum DeliveryStatusArgument {
    /// The status `text` names.
    static func parse(_ text: String) throws(CommandFailure) -> DeliveryStatus {
        guard let status = DeliveryStatus(rawValue: text.lowercased()) else {
            throw CommandFailure(
                "--status '\(text)' is not a delivery status: use one of \(DeliveryStatus.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        return status
    }
}
