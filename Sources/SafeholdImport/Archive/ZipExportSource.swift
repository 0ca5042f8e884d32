public import Foundation
import Synchronization
import ZIPFoundation

/// A ZIP as the platform sent it, read in place: entries are inflated as they are read and never
/// written to disk.
///
/// Before anything is read, every entry is checked: paths that would escape the export's folder
/// (absolute, `..`, drive letters), links, duplicate names, and sizes or compression ratios that mark
/// a ZIP bomb are refused, naming the entry. While reading, an entry that inflates past the size it
/// declared is stopped.
public final class ZipExportSource: ExportSource {
    private let archive: Mutex<ArchiveBox>
    private let entries: [String: EntryBox]
    let url: URL
    public let files: [ExportFile]
    public var displayName: String { url.lastPathComponent }
    public var archiveURL: URL? { url }

    /// `Archive` is a class holding a file handle; every use goes through the mutex.
    private struct ArchiveBox: @unchecked Sendable { let archive: Archive }
    /// `Entry` is a plain value that ZIPFoundation does not mark `Sendable`; it is never changed.
    private struct EntryBox: @unchecked Sendable { let entry: Entry }

    init(_ url: URL, limits: ArchiveLimits) throws {
        self.url = url
        let opened: Archive
        do {
            opened = try Archive(url: url, accessMode: .read)
        } catch {
            throw ImportError(.malformed, file: url.lastPathComponent, "This ZIP file is damaged or incomplete. Download the export again, then import the new copy.")
        }
        var entries = [String: EntryBox]()
        var files = [ExportFile]()
        var total: UInt64 = 0
        for entry in opened {
            let path = try Self.checkedPath(entry.path, archive: url.lastPathComponent)
            switch entry.type {
            case .directory: continue
            case .symlink:
                throw ImportError(.unsafePath, file: path, "This ZIP holds a link to somewhere else on the computer, which no platform export does. Safehold did not import it.")
            case .file: break
            }
            guard entries[path] == nil else {
                throw ImportError(.unsafePath, file: path, "This ZIP holds two different files with the same name, which no platform export does. Safehold did not import it.")
            }
            try Self.checkSize(entry, path: path, limits: limits, total: &total)
            entries[path] = EntryBox(entry: entry)
            files.append(ExportFile(path: path, size: entry.uncompressedSize))
            if files.count > limits.maximumFiles {
                throw ImportError(.tooLarge, file: url.lastPathComponent, "This ZIP holds more files than a platform export would.")
            }
        }
        self.entries = entries
        self.files = files.sorted { $0.path < $1.path }
        self.archive = Mutex(ArchiveBox(archive: opened))
    }

    /// The entry's path if it stays inside the export: relative, no `..`, no drive letters or backslash tricks.
    static func checkedPath(_ raw: String, archive: String) throws -> String {
        let normalized = raw.replacingOccurrences(of: "\\", with: "/")
        let components = normalized.split(separator: "/", omittingEmptySubsequences: true)
        let escapes =
            normalized.hasPrefix("/") || components.contains("..") || components.first?.contains(":") == true
            || raw.unicodeScalars.contains { $0.value < 0x20 }
        guard !escapes, !components.isEmpty else {
            throw ImportError(
                .unsafePath, file: raw,
                "This ZIP holds a file whose name points outside the export's folder. Platforms never make such files, so someone may have tampered with it. Safehold did not import it.")
        }
        return components.filter { $0 != "." }.joined(separator: "/")
    }

    private static func checkSize(_ entry: Entry, path: String, limits: ArchiveLimits, total: inout UInt64) throws {
        let size = entry.uncompressedSize
        let packed = max(entry.compressedSize, 1)
        if size > limits.ratioFloorBytes && size / packed > limits.maximumRatio {
            throw ImportError(
                .zipBomb, file: path,
                "This entry would unpack to \(size / packed) times its packed size, far beyond what real exports do (Safehold allows \(limits.maximumRatio) times). It looks like a ZIP bomb, made to fill the disk. Safehold did not import it.")
        }
        total += size
        if total > limits.maximumTotalBytes {
            throw ImportError(
                .zipBomb, file: path,
                "This ZIP would unpack to more than \(limits.maximumTotalBytes >> 30) GB, more than Safehold accepts from one export. Safehold did not import it.")
        }
    }

    public func read(_ file: ExportFile, consume: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard let entry = entries[file.path]?.entry else {
            throw ImportError(.notFound, file: file.path, "This file is not in the ZIP.")
        }
        var produced: UInt64 = 0
        var consumerError: (any Error)?
        struct Stop: Error {}
        try archive.withLock { box in
            do {
                _ = try box.archive.extract(entry, bufferSize: 65536, skipCRC32: false) { data in
                    produced += UInt64(data.count)
                    do {
                        if produced > entry.uncompressedSize {
                            throw ImportError(
                                .zipBomb, file: file.path,
                                "This entry unpacks to more than it declares, as ZIP bombs do. Safehold stopped reading it.")
                        }
                        try data.withUnsafeBytes { try consume($0) }
                    } catch {
                        // The consumer's own error (a full disk, a parse error) goes back unchanged.
                        consumerError = error
                        throw Stop()
                    }
                }
            } catch {
                if let consumerError { throw consumerError }
                throw ImportError(
                    .malformed, file: file.path,
                    "This file in the ZIP is damaged (its checksum or compression is wrong). Download the export again, then import the new copy.")
            }
        }
    }
}
