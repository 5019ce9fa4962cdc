import Crypto

/// HMAC-SHA256 written out from its definition (RFC 2104) over plain SHA-256, to check the channels'
/// signatures by a computation that shares nothing with theirs.
enum IndependentHMAC {
    static func sha256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var block = key.count > 64 ? Array(SHA256.hash(data: key)) : key
        block += [UInt8](repeating: 0, count: 64 - block.count)
        let inner = Array(SHA256.hash(data: block.map { $0 ^ 0x36 } + message))
        return Array(SHA256.hash(data: block.map { $0 ^ 0x5c } + inner))
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var output = ""
        var index = 0
        while index < bytes.count {
            let chunk = Array(bytes[index..<min(index + 3, bytes.count)])
            let value = (Int(chunk[0]) << 16) | (chunk.count > 1 ? Int(chunk[1]) << 8 : 0) | (chunk.count > 2 ? Int(chunk[2]) : 0)
            output.append(alphabet[(value >> 18) & 63])
            output.append(alphabet[(value >> 12) & 63])
            output.append(chunk.count > 1 ? alphabet[(value >> 6) & 63] : "=")
            output.append(chunk.count > 2 ? alphabet[value & 63] : "=")
            index += 3
        }
        return output
    }
}
