/// Reading just the start of a file, to recognize it without reading it all.
enum ExportPeek {
    private struct Enough: Error {}

    /// Up to `count` bytes from the start of `file`.
    static func firstBytes(of file: ExportFile, in source: any ExportSource, count: Int) throws -> [UInt8] {
        var bytes = [UInt8]()
        do {
            try source.read(file) { piece in
                bytes.append(contentsOf: piece.prefix(count - bytes.count))
                if bytes.count >= count { throw Enough() }
            }
        } catch is Enough {}
        return bytes
    }
}
