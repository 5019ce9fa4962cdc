/// The language of the wall's labels: Chinese unless `?lang=en`.
enum WallLanguage: String, Sendable, CaseIterable {
    /// 简体中文 (the default).
    case zh
    /// English.
    case en

    /// The language `lang` names (nil: Chinese); a 400 problem for any other.
    init(_ lang: String?) throws(Problem) {
        guard let lang else {
            self = .zh
            return
        }
        guard let language = WallLanguage(rawValue: lang) else {
            throw Problem(.invalidParameter, "query parameter 'lang': '\(lang)' is not offered; use zh (the default) or en")
        }
        self = language
    }

    /// The `lang` attribute of the page.
    var htmlLang: String { self == .zh ? "zh-CN" : "en" }
}
