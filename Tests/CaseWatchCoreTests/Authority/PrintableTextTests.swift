import CaseWatchCore
import Testing

/// What may not appear in an identifier or actor, and how other text is shown on one line.
@Suite struct PrintableTextTests {
    @Test(arguments: ["\n", "\r", "\u{0}", "\u{1B}", "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}", "\u{202E}", "\u{200B}"])
    func controlFormatAndSeparatorCharactersAreForbidden(_ text: String) {
        #expect(PrintableText.firstForbidden(in: "C1" + text + "x") == text.unicodeScalars.first)
        #expect(!PrintableText.escaped("C1" + text + "x").unicodeScalars.contains { PrintableText.isForbidden($0) })
    }

    @Test func printableTextIsLeftAlone() {
        for text in ["C-2026-000123", "工单 12345", "staff:王海波", "a b=c \"d\"", "emoji 🚧"] {
            #expect(PrintableText.firstForbidden(in: text) == nil)
            #expect(PrintableText.escaped(text) == text)
        }
    }

    @Test func escapesShowWhatTheTextHeld() {
        #expect(PrintableText.escaped("a\nb\rc\td\u{0}e\u{1B}[2Kf\u{202E}") == #"a\nb\rc\td\u{0}e\u{1B}[2Kf\u{202E}"#)
    }

    @Test func theASCIIFastPathAgreesWithTheGeneralCategory() {
        for value in UInt8(0)..<0x80 {
            let scalar = Unicode.Scalar(value)
            let byCategory = switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate: true
            default: false
            }
            #expect(PrintableText.isForbidden(scalar) == byCategory, "U+\(String(value, radix: 16))")
        }
    }
}
