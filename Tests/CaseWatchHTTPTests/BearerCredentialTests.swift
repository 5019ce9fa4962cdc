@testable import CaseWatchHTTP
import Testing

@Suite("BearerCredential")
struct BearerCredentialTests {
    @Test("the Bearer scheme in any case gives the credential, blanks around it dropped")
    func readsTheCredential() {
        #expect(BearerCredential.bearer("Bearer cwk_1_abc") == "cwk_1_abc")
        #expect(BearerCredential.bearer("bearer cwk_1_abc") == "cwk_1_abc")
        #expect(BearerCredential.bearer("BEARER   cwk_1_abc \t") == "cwk_1_abc")
        #expect(BearerCredential.bearer("  Bearer t-街道") == "t-街道")
    }

    @Test("another scheme, no credential or no space after the scheme gives none")
    func refusesOthers() {
        for header in ["Basic dXNlcjpwdw==", "Bearer", "Bearer ", "Bearer \t ", "Bearerx abc", "Bear abc", "Bearer\tabc", ""] {
            #expect(BearerCredential.bearer(header) == nil, "\(header)")
        }
    }
}
