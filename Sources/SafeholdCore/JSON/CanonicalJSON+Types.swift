// Canonical JSON for the domain types. Members are written in sorted key order; each type's
// `Codable` form is the same, which the tests check against `JSONEncoder`.

extension EvidenceID: CanonicalJSONWritable {
    public func writeJSON(to writer: inout CanonicalJSONWriter) { writer.number(rawValue) }
}

extension ContentDigest: CanonicalJSONWritable {
    public func writeJSON(to writer: inout CanonicalJSONWriter) { writer.string(hex) }
}

extension Timestamp: CanonicalJSONWritable {
    public func writeJSON(to writer: inout CanonicalJSONWriter) { writer.string(rfc3339) }
}

extension Platform: CanonicalJSONWritable {
    public func writeJSON(to writer: inout CanonicalJSONWriter) { writer.string(rawValue) }
}

extension MediaType: CanonicalJSONWritable {
    public func writeJSON(to writer: inout CanonicalJSONWriter) { writer.string(rawValue) }
}

extension RecordKind: CanonicalJSONWritable {
    public func writeJSON(to writer: inout CanonicalJSONWriter) { writer.string(rawValue) }
}

extension RelationshipKind: CanonicalJSONWritable {
    public func writeJSON(to writer: inout CanonicalJSONWriter) { writer.string(rawValue) }
}

extension ItemSource.Kind: CanonicalJSONWritable {
    public func writeJSON(to writer: inout CanonicalJSONWriter) { writer.string(rawValue) }
}

extension ItemSource: CanonicalJSONWritable {
    public func writeJSON(to writer: inout CanonicalJSONWriter) {
        writer.object { w in
            w.field("fileName", fileName)
            w.field("importer", importer)
            w.field("importerVersion", importerVersion)
            w.field("kind", kind)
            w.field("pathInArchive", pathInArchive)
        }
    }
}

extension ItemDetails: CanonicalJSONWritable {
    public func writeJSON(to writer: inout CanonicalJSONWriter) {
        writer.object { w in
            w.field("author", author)
            w.field("note", note)
            w.field("platform", platform)
            w.field("postedAt", postedAt)
            w.field("url", url)
        }
    }
}

extension ItemPart: CanonicalJSONWritable {
    public func writeJSON(to writer: inout CanonicalJSONWriter) {
        writer.object { w in
            w.field("container", container)
            w.field("offset", offset)
        }
    }
}

extension AccountRef: CanonicalJSONWritable {
    public func writeJSON(to writer: inout CanonicalJSONWriter) {
        writer.object { w in
            w.field("displayName", displayName)
            w.field("handle", handle)
            w.field("id", id)
            w.field("url", url)
        }
    }
}

extension RecordLocation: CanonicalJSONWritable {
    public func writeJSON(to writer: inout CanonicalJSONWriter) {
        writer.object { w in
            w.field("jsonPath", jsonPath)
            w.field("length", length)
            w.field("line", line)
            w.field("offset", offset)
            w.field("path", path)
        }
    }
}

extension MediaRef: CanonicalJSONWritable {
    public func writeJSON(to writer: inout CanonicalJSONWriter) {
        writer.object { w in
            w.field("mediaType", mediaType)
            w.field("path", path)
            w.field("url", url)
        }
    }
}

extension NormalizedRecord: CanonicalJSONWritable {
    public func writeJSON(to writer: inout CanonicalJSONWriter) {
        writer.object { w in
            w.field("author", author)
            w.field("conversationID", conversationID)
            w.field("conversationTitle", conversationTitle)
            w.field("createdAt", createdAt)
            w.field("flags", flags)
            w.field("inReplyTo", inReplyTo)
            w.field("kind", kind)
            w.field("location", location)
            w.field("media", media)
            w.field("platform", platform)
            w.field("platformID", platformID)
            w.field("reaction", reaction)
            w.field("recipients", recipients)
            w.field("relationship", relationship)
            w.field("text", text)
            w.field("url", url)
        }
    }
}
