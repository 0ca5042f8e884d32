import Foundation

/// A small WhatsApp chat export and an SVG file, written by the project, whose names and messages
/// carry script and markup payloads. Each payload would set `window.__pwned` (and most would open an
/// alert) if it ever ran in the app's pages.
enum HostileExport {
    /// Sender names that are markup.
    static let senders = [
        "<img src=x onerror=window.__pwned='img-name'>",
        "<script>window.__pwned='script-name'</script>",
    ]

    /// Messages that are markup, a `javascript:` link, or template syntax.
    static let messages = [
        "<script>window.__pwned='script-text';alert('script-text')</script>",
        "\"><img src=x onerror=\"window.__pwned='img-text';alert('img-text')\">",
        "javascript:window.__pwned='js-url'",
        "<a href=\"javascript:window.__pwned='a-href'\">press here</a>",
        "<svg onload=\"window.__pwned='svg-text'\"><circle r=\"40\"/></svg>",
        "<iframe srcdoc=\"<script>parent.__pwned='iframe'</script>\"></iframe>",
        "{{nonce}} {{{body}}} {{csrf}}",
    ]

    /// The SVG file: it would run script if the app ever showed it as an image of its own origin.
    static let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned='svg-file';alert('svg-file')">\
        <script>window.__pwned='svg-script'</script><circle r="40"/></svg>
        """

    /// The chat's lines: every message from each sender in turn, a minute apart.
    static var chat: String {
        var lines = [String]()
        for (index, message) in messages.enumerated() {
            let sender = senders[index % senders.count]
            lines.append("12/29/23, 9:\(String(format: "%02d", index)) PM - \(sender): \(message)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes both files into `folder` and returns the chat's and the SVG's paths.
    static func write(into folder: URL) throws -> (chat: URL, svg: URL) {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let chatFile = folder.appendingPathComponent("WhatsApp Chat with Jordan Reece.txt")
        let svgFile = folder.appendingPathComponent("picture.svg")
        try Data(chat.utf8).write(to: chatFile)
        try Data(svg.utf8).write(to: svgFile)
        return (chatFile, svgFile)
    }
}
