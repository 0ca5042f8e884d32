public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one place where Safehold calls the operating system directly, so that Linux and macOS
/// differences stay in a single small file.
public enum OperatingSystem {
    /// Where Safehold keeps a person's vault when none is chosen: the user's data directory
    /// (`$XDG_DATA_HOME` or `~/.local/share` on Linux, `~/Library/Application Support` on macOS).
    public static func defaultVaultDirectory(environment: [String: String]) -> URL {
        #if os(macOS)
            let base = FileManager.default.homeDirectoryForCurrentUser
                .appendingPathComponent("Library/Application Support/Safehold", isDirectory: true)
        #else
            let base: URL
            if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
                base = URL(fileURLWithPath: data, isDirectory: true).appendingPathComponent("safehold")
            } else {
                let home = environment["HOME"] ?? NSHomeDirectory()
                base = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".local/share/safehold")
            }
        #endif
        return base.appendingPathComponent("vault", isDirectory: true)
    }

    /// Forces a file's written bytes onto the disk itself (on macOS, past the drive's cache too).
    public static func synchronize(descriptor: Int32) throws(SystemError) {
        #if os(macOS)
            if fcntl(descriptor, F_FULLFSYNC) == 0 { return }
        #endif
        guard fsync(descriptor) == 0 else { throw SystemError(operation: "fsync", errno: errno) }
    }

    /// Forces a directory's entries (new names, renames) onto the disk.
    public static func synchronizeDirectory(atPath path: String) throws(SystemError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw SystemError(operation: "open directory", errno: errno) }
        defer { close(descriptor) }
        try synchronize(descriptor: descriptor)
    }

    /// Forces everything written on the file system holding `path` onto the disk: one `syncfs` on
    /// Linux; on macOS, which has none, each of `files` and the directory itself in turn.
    public static func synchronizeFileSystem(containing path: String, files: [String]) throws(SystemError) {
        #if os(Linux)
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { throw SystemError(operation: "open", errno: errno) }
            defer { close(descriptor) }
            guard linuxSyncFS(descriptor) == 0 else { throw SystemError(operation: "syncfs", errno: errno) }
        #else
            for file in files {
                let descriptor = open(file, O_RDONLY)
                guard descriptor >= 0 else { throw SystemError(operation: "open", errno: errno) }
                defer { close(descriptor) }
                try synchronize(descriptor: descriptor)
            }
            try synchronizeDirectory(atPath: path)
        #endif
    }

    /// Whether the given descriptor (0 for input, 1 for output) is a terminal a person is typing at.
    public static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Reads one line from the terminal without showing what is typed.
    ///
    /// Reads from `/dev/tty`, not standard input, so that piped input cannot answer a passphrase
    /// prompt by accident. Echo is restored even when reading fails.
    /// - Parameter prompt: Shown before reading.
    /// - Returns: The line without its newline, or `nil` when there is no terminal or input ended.
    public static func readSecretLine(prompt: String) -> String? {
        let tty = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard tty >= 0 else { return nil }
        defer { close(tty) }
        var original = termios()
        guard tcgetattr(tty, &original) == 0 else { return nil }
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        silent.c_lflag |= tcflag_t(ICANON)
        _ = prompt.withCString { write(tty, $0, strlen($0)) }
        guard tcsetattr(tty, TCSAFLUSH, &silent) == 0 else { return nil }
        defer {
            _ = tcsetattr(tty, TCSAFLUSH, &original)
            _ = "\n".withCString { write(tty, $0, 1) }
        }
        var bytes = [UInt8]()
        var byte: UInt8 = 0
        while read(tty, &byte, 1) == 1 {
            if byte == 10 || byte == 13 { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
            if bytes.count > 4096 { break }
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }

    /// Whether an `errno` value means the disk (or the person's quota on it) is full.
    public static func isDiskFull(errno code: Int32) -> Bool { code == ENOSPC || code == EDQUOT || code == EFBIG }
}

/// A failed operating-system call, with its `errno`.
public struct SystemError: Error, Sendable, CustomStringConvertible {
    /// The call that failed.
    public var operation: String
    /// The `errno` it left.
    public var errno: Int32

    /// Creates the error.
    public init(operation: String, errno: Int32) {
        self.operation = operation
        self.errno = errno
    }

    /// Whether this failure means the disk is full.
    public var isDiskFull: Bool { OperatingSystem.isDiskFull(errno: errno) }

    public var description: String { "\(operation) failed: \(String(cString: strerror(errno)))" }
}

#if os(Linux)
    /// glibc's `syncfs`, which the Glibc module hides behind `_GNU_SOURCE`.
    @_silgen_name("syncfs") private func linuxSyncFS(_ descriptor: Int32) -> Int32
#endif
