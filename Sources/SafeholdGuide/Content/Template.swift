/// A short message the person can send to friends, in their own name.
///
/// Text may hold placeholders in braces, such as `{account}`; each one is listed in ``placeholders`` so that
/// a screen can ask for it.
public struct MessageTemplate: Codable, Sendable, Hashable, Identifiable {
    /// The template's identifier.
    public var id: TemplateID
    /// What the message asks for, as a short title.
    public var title: String
    /// The message.
    public var text: String
    /// The placeholders the text uses, without braces.
    public var placeholders: [String]
}

/// The contents of `templates.json`.
struct TemplatesFile: Codable, Sendable {
    var schemaVersion: Int
    var templates: [MessageTemplate]
}
