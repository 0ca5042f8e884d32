import Crypto
import Foundation

/// Random secrets the web app hands out: session ids, CSRF tokens and CSP nonces.
enum Token {
    /// 256 random bits from the system's secure generator, as unpadded base64url (43 characters).
    static func random256() -> String {
        let key = SymmetricKey(size: .bits256)
        return key.withUnsafeBytes { Data($0) }.base64URLEncoded
    }

    /// 128 random bits, enough for a nonce that lives for one response.
    static func random128() -> String {
        let key = SymmetricKey(size: .bits128)
        return key.withUnsafeBytes { Data($0) }.base64URLEncoded
    }

    /// Compares two secrets in time that does not depend on where they first differ.
    static func equal(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8)
        let b = Array(rhs.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}

extension Data {
    /// Base64url without padding, safe in cookies, URLs and HTML attributes.
    var base64URLEncoded: String {
        base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
