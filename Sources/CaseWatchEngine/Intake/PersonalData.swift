/// CaseWatch keeps no citizen personal data: intake fields that may carry it are dropped on reading,
/// whatever the format, and never reach the event log.
public enum PersonalData {
    /// Field and column names (lower-cased, `-` and spaces read as `_`) that are dropped.
    public static let droppedFields: Set<String> = [
        "name", "citizen", "citizen_name", "caller", "caller_name", "contact", "contact_name",
        "phone", "phone_number", "telephone", "tel", "mobile", "caller_phone", "contact_phone",
        "email", "address", "citizen_address", "id_card", "id_number", "identity_number",
        "content", "description", "text", "appeal", "appeal_text", "details", "latitude", "longitude",
    ]

    /// The normalised form of a field name.
    public static func normalised(_ name: String) -> String {
        String(name.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
    }

    /// Whether a field is personal data to drop.
    public static func isPersonal(_ name: String) -> Bool {
        droppedFields.contains(normalised(name))
    }
}
