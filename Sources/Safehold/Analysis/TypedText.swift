public import SafeholdCore
public import SafeholdVault

extension CaptureRecord {
    /// The words a person typed or pasted into Safehold, which are kept as the item's original.
    /// - Parameters:
    ///   - vault: The vault holding the item.
    ///   - maxBytes: Larger originals are not read (`nil` is returned).
    /// - Returns: The text, or `nil` for items that are not typed text.
    /// - Throws: ``SafeholdError`` when the original cannot be read.
    public func typedText(in vault: Vault, maxBytes: UInt64) throws -> String? {
        guard source.kind == .typedText, size <= maxBytes else { return nil }
        var bytes: [UInt8] = []
        try vault.readOriginal(of: id) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }
}
