public import Foundation
import SafeholdCore

/// One file inside an export: an entry of a ZIP as downloaded, or a file in the unpacked folder.
public struct ExportFile: Hashable, Sendable {
    /// The path inside the export, with `/` between folders and no leading `/`.
    public var path: String
    /// Its size in bytes (as the archive declares it, for ZIP entries).
    public var size: UInt64

    /// Creates a file description.
    public init(path: String, size: UInt64) {
        self.path = path
        self.size = size
    }

    /// The last component of the path.
    public var name: String { path.split(separator: "/").last.map(String.init) ?? path }
}

/// An export the person has: a ZIP as the platform sent it, the folder it unpacks to, or one lone file.
///
/// Sources stream their files: nothing is unpacked to disk (an unencrypted copy would defeat the
/// vault) and nothing is held whole in memory.
public protocol ExportSource: AnyObject, Sendable {
    /// What to call the export when talking to the person: its file or folder name.
    var displayName: String { get }
    /// Every file in it, in a stable order.
    var files: [ExportFile] { get }
    /// Whether the export is a single archive file that can itself be sealed as the original.
    var archiveURL: URL? { get }
    /// Streams one file's bytes to `consume`, in pieces of at most 64 KiB.
    /// - Throws: ``ImportError`` when the file cannot be read or breaks the safety limits.
    func read(_ file: ExportFile, consume: (UnsafeRawBufferPointer) throws -> Void) throws
}

extension ExportSource {
    /// The file at a path, if the export has it.
    public func file(at path: String) -> ExportFile? { files.first { $0.path == path } }

    /// Reads a small file whole (at most `limit` bytes).
    public func readAll(_ file: ExportFile, limit: Int = 64 << 20) throws -> [UInt8] {
        var bytes = [UInt8]()
        try read(file) { piece in
            bytes.append(contentsOf: piece)
            if bytes.count > limit {
                throw ImportError(.tooLarge, file: file.path, "This file is larger than Safehold reads in one piece.")
            }
        }
        return bytes
    }
}

/// Opening whatever the person pointed at: a ZIP, a folder, or a single file.
public enum ExportSources {
    /// Opens `url` as the right kind of source, judging a file by its first bytes, not its name.
    public static func open(_ url: URL, limits: ArchiveLimits = ArchiveLimits()) throws -> any ExportSource {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        } catch {
            throw ImportError(.notFound, file: url.lastPathComponent, "Safehold could not find this. Check the name and the folder.")
        }
        switch attributes[.type] as? FileAttributeType {
        case .typeDirectory?:
            return try FolderExportSource(url, limits: limits)
        case .typeRegular?:
            let handle = try? FileHandle(forReadingFrom: url)
            let magic = (try? handle?.read(upToCount: 4)) ?? nil
            try? handle?.close()
            if let magic, Array(magic) == [0x50, 0x4B, 0x03, 0x04] || Array(magic) == [0x50, 0x4B, 0x05, 0x06] {
                return try ZipExportSource(url, limits: limits)
            }
            return SingleFileSource(url, size: (attributes[.size] as? NSNumber)?.uint64Value ?? 0)
        default:
            throw ImportError(.unreadable, file: url.lastPathComponent, "This is not an ordinary file or folder. Choose the export's ZIP file or its folder.")
        }
    }
}

/// One file on its own, such as a screenshot.
public final class SingleFileSource: ExportSource {
    let url: URL
    public let files: [ExportFile]
    public var displayName: String { url.lastPathComponent }
    public var archiveURL: URL? { nil }

    init(_ url: URL, size: UInt64) {
        self.url = url
        files = [ExportFile(path: url.lastPathComponent, size: size)]
    }

    public func read(_ file: ExportFile, consume: (UnsafeRawBufferPointer) throws -> Void) throws {
        try LocalFileReader.read(url, reportingAs: file.path, consume: consume)
    }
}

/// Reading a file on disk in 64 KiB pieces.
enum LocalFileReader {
    static func read(_ url: URL, reportingAs name: String, consume: (UnsafeRawBufferPointer) throws -> Void) throws {
        let file: SystemFile
        do {
            file = try SystemFile.openForReading(url.path)
        } catch {
            throw ImportError(.unreadable, file: name, "Safehold may not read this file. Check that you can open it.")
        }
        while true {
            let chunk: [UInt8]
            do {
                chunk = try file.read(upTo: 65536)
            } catch {
                throw ImportError(.unreadable, file: name, "Reading this file failed part-way. If it is on a removable drive, check that it is still connected.")
            }
            if chunk.isEmpty { return }
            try chunk.withUnsafeBytes { try consume($0) }
        }
    }
}
