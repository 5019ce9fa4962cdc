import Foundation
import Testing
@testable import CaseWatchStore

/// Hashes, keys and tokens are written as lowercase hex, two digits a byte, exactly as `%02x` writes them.
@Suite struct HexDigitsTests {
    @Test func everyByteIsTwoLowercaseDigits() {
        let all = (0...255).map { UInt8($0) }
        #expect(all.lowercaseHex == all.map { String(format: "%02x", $0) }.joined())
    }

    @Test func randomRunsMatchTheFormatter() {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<80 {
            let bytes = (0..<length).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            #expect(bytes.lowercaseHex == bytes.map { String(format: "%02x", $0) }.joined())
            #expect(bytes.dropFirst().lowercaseHex.count == 2 * max(0, length - 1))
        }
    }

    @Test func aStoredHashKeepsItsKnownValue() {
        // SHA-256("abc"), the FIPS 180-2 example: stored hashes written before this change still match.
        #expect(LeaderToken.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(APIKeySecret.hash("abc") == LeaderToken.hash("abc"))
    }
}
