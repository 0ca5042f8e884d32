public import Foundation

/// The limits that keep a hostile archive or folder from exhausting the disk, memory or time.
public struct ArchiveLimits: Sendable {
    /// Most files read from one export.
    public var maximumFiles = 1_000_000
    /// Most bytes one export may unpack to in all (64 GiB).
    public var maximumTotalBytes: UInt64 = 64 << 30
    /// Highest unpacked-to-packed size ratio for an entry larger than ``ratioFloorBytes``.
    public var maximumRatio: UInt64 = 200
    /// Entries smaller than this are not held to the ratio (tiny files compress extremely well).
    public var ratioFloorBytes: UInt64 = 1 << 20
    /// Deepest folder nesting.
    public var maximumDepth = 64

    /// The default limits.
    public init() {}
}

/// An export the person already unpacked into a folder. Symbolic links are not followed, so that
/// nothing outside the folder is read.
public final class FolderExportSource: ExportSource {
    let root: URL
    public let files: [ExportFile]
    public var displayName: String { root.lastPathComponent }
    public var archiveURL: URL? { nil }

    init(_ root: URL, limits: ArchiveLimits) throws {
        self.root = root.standardizedFileURL
        var found = [ExportFile]()
        try Self.walk(self.root, prefix: "", depth: 0, limits: limits, into: &found)
        files = found.sorted { $0.path < $1.path }
    }

    private static func walk(_ directory: URL, prefix: String, depth: Int, limits: ArchiveLimits, into found: inout [ExportFile]) throws {
        guard depth <= limits.maximumDepth else {
            throw ImportError(.unsafePath, file: prefix, "The folder is nested too deeply to be a platform export.")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names.sorted() {
            let url = directory.appendingPathComponent(name)
            let path = prefix.isEmpty ? name : prefix + "/" + name
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { continue }
            switch attributes[.type] as? FileAttributeType {
            case .typeDirectory?:
                try walk(url, prefix: path, depth: depth + 1, limits: limits, into: &found)
            case .typeRegular?:
                found.append(ExportFile(path: path, size: (attributes[.size] as? NSNumber)?.uint64Value ?? 0))
                if found.count > limits.maximumFiles {
                    throw ImportError(.tooLarge, file: path, "The folder holds more files than a platform export would.")
                }
            default:
                continue  // links, pipes and devices are never read
            }
        }
    }

    public func read(_ file: ExportFile, consume: (UnsafeRawBufferPointer) throws -> Void) throws {
        try LocalFileReader.read(root.appendingPathComponent(file.path), reportingAs: file.path, consume: consume)
    }
}
