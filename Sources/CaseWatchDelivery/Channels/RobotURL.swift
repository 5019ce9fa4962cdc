/// Adding query parameters to a robot's webhook URL (WeCom's `key`, DingTalk's `timestamp` and `sign`).
enum RobotURL {
    /// `url` with `parameters` appended to its query (sorted by name), each value percent-encoded.
    static func adding(_ parameters: [String: String], to url: String) -> String {
        let query = parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\(encode($0.value))" }.joined(separator: "&")
        return url + (url.contains("?") ? "&" : "?") + query
    }

    /// Percent-encodes everything but unreserved characters (so base64's `+`, `/` and `=` are encoded).
    static func encode(_ value: String) -> String {
        var result = ""
        for byte in value.utf8 {
            let scalar = Unicode.Scalar(byte)
            if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || "-._~".unicodeScalars.contains(scalar)
            {
                result.unicodeScalars.append(scalar)
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}
