public import Foundation
import ZIPFoundation

/// Making ZIP files in tests, as a platform would send them.
public enum ZipWriter {
    /// Zips every file under `folder`, with paths relative to it, deflated.
    public static func zip(folder: URL, to url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])!
        var paths = [String]()
        for case let file as URL in files where (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            paths.append(String(file.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1)))
        }
        for path in paths.sorted() {
            try archive.addEntry(with: path, relativeTo: folder, compressionMethod: .deflate)
        }
    }

    /// Writes a ZIP with exactly these entries and names, however strange the names.
    public static func zip(entries: [(String, [UInt8])], to url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (path, bytes) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) {
                position, size in Data(bytes[Int(position)..<Int(position) + size])
            }
        }
    }
}
