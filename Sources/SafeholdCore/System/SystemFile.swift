#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open file, read and written with plain POSIX calls so that Safehold controls exactly when
/// bytes reach the disk and sees the real reason (such as a full disk) when they do not.
public final class SystemFile {
    private var descriptor: Int32
    /// The path it was opened at.
    public let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit { if descriptor >= 0 { _ = systemClose(descriptor) } }

    /// Opens an existing file for reading.
    public static func openForReading(_ path: String) throws(SystemError) -> SystemFile {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemError(operation: "open", errno: errno) }
        return SystemFile(descriptor: descriptor, path: path)
    }

    /// Creates a new file that only this user can read, failing if the name is taken.
    public static func createExclusive(_ path: String) throws(SystemError) -> SystemFile {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw SystemError(operation: "create", errno: errno) }
        return SystemFile(descriptor: descriptor, path: path)
    }

    /// Reads up to `count` bytes; an empty array means the end of the file.
    public func read(upTo count: Int) throws(SystemError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = buffer.withUnsafeMutableBytes { raw in
                systemRead(descriptor, raw.baseAddress! + filled, count - filled)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw SystemError(operation: "read", errno: errno)
            }
            if got == 0 { break }
            filled += got
        }
        buffer.removeSubrange(filled...)
        return buffer
    }

    /// Writes all the bytes, retrying short writes.
    public func write(_ bytes: some ContiguousCollection) throws(SystemError) {
        try bytes.withBytes { (raw: UnsafeRawBufferPointer) throws(SystemError) in
            var offset = 0
            while offset < raw.count {
                let wrote = systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if wrote < 0 {
                    if errno == EINTR { continue }
                    throw SystemError(operation: "write", errno: errno)
                }
                offset += wrote
            }
        }
    }

    /// Forces what was written onto the disk.
    public func synchronize() throws(SystemError) { try OperatingSystem.synchronize(descriptor: descriptor) }

    /// Closes the file now rather than when it is released.
    public func close() {
        if descriptor >= 0 {
            _ = systemClose(descriptor)
            descriptor = -1
        }
    }
}

/// Byte collections that can lend their storage contiguously; `[UInt8]` and `ArraySlice<UInt8>`.
public protocol ContiguousCollection {
    /// Calls `body` with the bytes.
    func withBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R
}

extension Array: ContiguousCollection where Element == UInt8 {
    public func withBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        let result: Result<R, E> = withUnsafeBytes { raw in Result { () throws(E) -> R in try body(raw) } }
        return try result.get()
    }
}

extension ArraySlice: ContiguousCollection where Element == UInt8 {
    public func withBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        let result: Result<R, E> = withUnsafeBytes { raw in Result { () throws(E) -> R in try body(raw) } }
        return try result.get()
    }
}

// The C calls are named through these so that the methods of the same name above do not shadow them.
@inline(__always) private func systemRead(_ fd: Int32, _ buf: UnsafeMutableRawPointer, _ n: Int) -> Int {
    read(fd, buf, n)
}
@inline(__always) private func systemWrite(_ fd: Int32, _ buf: UnsafeRawPointer, _ n: Int) -> Int {
    write(fd, buf, n)
}
@inline(__always) private func systemClose(_ fd: Int32) -> Int32 { close(fd) }
