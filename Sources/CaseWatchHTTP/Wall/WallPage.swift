import HTTPTypes

/// The wall's page: one HTML document with its style and script inline (no CDN, no build step, works on an
/// offline network), its labels in the chosen language.
enum WallPage {
    /// The page in `language`.
    static func html(_ language: WallLanguage) -> String {
        let labels = WallLabels.of(language)
        return template
            .replacingOccurrences(of: "{{LANG}}", with: language.htmlLang)
            .replacingOccurrences(of: "{{TITLE}}", with: labels["title"] ?? "")
            .replacingOccurrences(of: "{{STYLE}}", with: style)
            .replacingOccurrences(of: "{{SCRIPT}}", with: script.replacingOccurrences(of: "{{LABELS}}", with: WallLabels.json(language)))
    }

    /// The page may run only its own inline script and style, and connect only to its own origin.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'"

    /// `Content-Security-Policy`.
    static let securityPolicyField = HTTPField.Name("Content-Security-Policy")!
}
