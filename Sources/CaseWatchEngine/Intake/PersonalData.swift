/// CaseWatch keeps no citizen personal data: intake fields that may carry it are dropped on reading,
/// whatever the format, and never reach the event log.
public enum PersonalData {
    /// Field and column names (lower-cased, `-` and spaces read as `_`) that are dropped.
    public static let droppedFields: Set<String> = [
        "name", "citizen", "citizen_name", "caller", "caller_name", "contact", "contact_name",
        "phone", "phone_number", "telephone", "tel", "mobile", "caller_phone", "contact_phone",
        "email", "address", "citizen_address", "id_card", "id_number", "identity_number",
        "content", "description", "text", "appeal", "appeal_text", "details", "latitude", "longitude",
        // The column names of a 12345 platform's export (姓名 name, 来电人 caller, 联系人 contact, 电话 phone,
        // 证件 identity document, 地址 address, 邮箱 email, 诉求内容 appeal text, 经纬度 coordinates).
        "姓名", "市民姓名", "来电人", "来电人姓名", "来电人电话", "来电号码", "联系人", "联系人姓名", "联系电话",
        "联系方式", "电话", "电话号码", "手机", "手机号", "手机号码", "身份证", "身份证号", "身份证号码", "证件号",
        "证件号码", "地址", "住址", "详细地址", "家庭住址", "联系地址", "事发地址", "邮箱", "电子邮箱", "诉求内容",
        "来电内容", "问题描述", "内容", "经度", "纬度",
    ]

    /// The normalised form of a field name: lower-cased, `-` and spaces read as `_`, and full-width
    /// spaces and surrounding blanks removed (a Chinese header is often written `联系电话 ` or `　姓名`).
    public static func normalised(_ name: String) -> String {
        // The usual name (`category`, `unit_id`) is its own normal form: no allocation on intake's hot path.
        if name.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x5F }) { return name }
        let trimmed = name.trimmingCharacters(in: Set(" \t\u{3000}"))
        return String(trimmed.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
    }

    /// Whether a field is personal data to drop.
    public static func isPersonal(_ name: String) -> Bool {
        droppedFields.contains(normalised(name))
    }
}
