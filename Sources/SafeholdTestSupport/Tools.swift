public import Foundation

/// Running the outside tools that tests compare Safehold with (`age`, `openssl`, `sha256sum`).
public enum Tools {
    /// Where a tool is on the PATH, if anywhere.
    public static func path(of name: String) -> URL? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// A missing tool, with the package that provides it.
    public struct Missing: Error, CustomStringConvertible {
        /// The tool's name.
        public var name: String
        public var description: String {
            "The tool `\(name)` is needed by this test: apt-get install \(name) (.ci/run installs it)."
        }
    }

    /// Runs a tool in `directory` and waits for it.
    /// - Throws: ``Missing`` when the tool is not installed, so the test fails and says how to fix it.
    public static func run(_ name: String, _ arguments: [String], in directory: URL, input: String? = nil) throws
        -> Executables.Output
    {
        guard let url = path(of: name) else { throw Missing(name: name) }
        return try Executables.run(url, arguments, input: input, directory: directory)
    }
}
