/// A JSON path to capture while streaming, such as `$[*].dmConversation.messages[*]`.
public struct JSONPathPattern: Hashable, Sendable, CustomStringConvertible {
    /// One step of a path.
    public enum Component: Hashable, Sendable {
        /// A member of an object.
        case key(String)
        /// Any element of an array.
        case anyIndex
    }

    /// The steps from the document's root.
    public var components: [Component]

    /// Creates a pattern from its steps.
    public init(_ components: [Component]) { self.components = components }

    /// Parses `$`, `$[*]`, `$.messages[*]`, `$[*].tweet` and the like (keys of letters, digits, `_` and `-`).
    public init(_ text: String) {
        var components = [Component]()
        var rest = Substring(text.hasPrefix("$") ? String(text.dropFirst()) : text)
        while !rest.isEmpty {
            if rest.hasPrefix("[*]") {
                components.append(.anyIndex)
                rest = rest.dropFirst(3)
            } else if rest.hasPrefix(".") {
                rest = rest.dropFirst()
                let key = rest.prefix { $0 != "." && $0 != "[" }
                components.append(.key(String(key)))
                rest = rest.dropFirst(key.count)
            } else {
                preconditionFailure("unsupported JSON path pattern \(text)")
            }
        }
        self.components = components
    }

    public var description: String {
        "$" + components.map { component in
            switch component {
            case .key(let key): ".\(key)"
            case .anyIndex: "[*]"
            }
        }.joined()
    }
}

/// A value captured while streaming: its bytes, where they are, and which pattern matched.
public struct JSONCapture: Sendable {
    /// The index, in the scanner's patterns, of the pattern that matched.
    public var pattern: Int
    /// The value's exact bytes, as they are in the file.
    public var bytes: [UInt8]
    /// The offset of the first byte in the file.
    public var offset: UInt64
    /// The concrete path, such as `$[3].dmConversation.messages[12]`.
    public var path: String
}
