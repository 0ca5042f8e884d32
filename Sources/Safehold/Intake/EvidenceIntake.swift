public import Foundation
public import SafeholdCore
public import SafeholdVault
import SafeholdImport

/// Sealing what the person adds by hand: a file they chose, or text they typed or pasted.
/// The CLI and the web app both come here, so that both check input the same way.
public enum EvidenceIntake {
    /// The importer name recorded for items added by hand.
    public static let importerName = "safehold-add"
    /// The longest text `addText` accepts (1 MiB); longer text belongs in a file.
    public static let maximumTextBytes = 1 << 20

    /// Seals one file the person chose.
    /// - Parameters:
    ///   - url: The file. Its content decides its media type, not its name.
    ///   - details: What the person knows about it.
    ///   - vault: An unlocked vault.
    /// - Returns: Whether it was new, and its capture record.
    public static func addFile(_ url: URL, details: ItemDetails, to vault: Vault) throws -> SealOutcome {
        let details = try validated(details)
        let mediaType = try sniff(url)
        let source = ItemSource(
            kind: .file,
            fileName: url.lastPathComponent,
            importer: importerName,
            importerVersion: Vault.softwareVersion
        )
        let item = NewItem(content: .file(url), mediaType: mediaType, source: source, details: details)
        return try vault.seal([item])[0]
    }

    /// Seals text the person typed or pasted, as UTF-8.
    /// - Throws: ``SafeholdError`` `invalid-input` for empty or overlong text.
    public static func addText(_ text: String, details: ItemDetails, to vault: Vault) throws -> SealOutcome {
        let details = try validated(details)
        let bytes = Array(text.utf8)
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw SafeholdError(.invalidInput, "There is no text to seal. Paste or type the message, then try again.")
        }
        guard bytes.count <= maximumTextBytes else {
            throw SafeholdError(
                .invalidInput,
                "That text is longer than 1 MB. Save it in a file and add the file instead."
            )
        }
        let source = ItemSource(kind: .typedText, importer: importerName, importerVersion: Vault.softwareVersion)
        return try vault.seal([NewItem(content: .bytes(bytes), mediaType: .plainText, source: source, details: details)]
        )[0]
    }

    /// Checks the details a person typed: a web link for the URL and reasonable lengths for the rest.
    static func validated(_ details: ItemDetails) throws -> ItemDetails {
        if let url = details.url {
            guard url.utf8.count <= 4096, let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(),
                scheme == "https" || scheme == "http", parsed.host != nil
            else {
                throw SafeholdError(
                    .invalidInput,
                    "The link should be a web address starting with https:// (for example the address of the post). You can also leave it out."
                )
            }
        }
        if let author = details.author, author.utf8.count > 512 {
            throw SafeholdError(.invalidInput, "The author's name is too long. Use their handle or a shorter name.")
        }
        if let note = details.note, note.utf8.count > 64 * 1024 {
            throw SafeholdError(
                .invalidInput,
                "The note is too long. Keep it under 64 KB, or add a longer text as its own item."
            )
        }
        return details
    }

    private static func sniff(_ url: URL) throws -> MediaType {
        let name = DisplaySafe.text(url.lastPathComponent)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else {
            throw SafeholdError(.notFound, "Safehold could not find the file \(name). Check the name and the folder.")
        }
        // Checked before opening: opening a pipe would wait forever, and a device could never end.
        switch attributes[.type] as? FileAttributeType {
        case .typeRegular?: break
        case .typeDirectory?:
            throw SafeholdError(
                .invalidInput,
                "\(name) is a folder. Choose a single file, or add the files inside it one by one."
            )
        default:
            throw SafeholdError(
                .invalidInput,
                "\(name) is not an ordinary file. Choose a photo, screenshot, document or export file."
            )
        }
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw SafeholdError(
                .fileAccess,
                "Safehold may not read \(name). Check that you can open it, then try again."
            )
        }
        defer { try? handle.close() }
        let prefix = (try? handle.read(upToCount: MediaSniffer.prefixLength)) ?? nil
        return MediaSniffer.mediaType(of: Array(prefix ?? Data()))
    }
}
