import Foundation

/// What follows the date and time of a WhatsApp line: who wrote it, and whether it is a message, a
/// file sent, a notice standing in for something (deleted, media left out) or the app's own notice.
struct WhatsAppBody: Equatable {
    enum Kind: Equatable {
        case message
        case deleted
        case mediaOmitted
        case attachment(name: String)
        case call
        case notice
    }

    var author: String?
    var kind: Kind
    /// The first line's text after the name, without WhatsApp's invisible marks.
    var text: String
    var edited = false

    /// Reads the first line of a message (after its header).
    /// - Parameters:
    ///   - raw: The rest of the line after the date and time, exactly as written.
    ///   - layout: Android or iOS, which differ in how notices are told apart.
    ///   - isAttachment: Whether a file of that name came with the export.
    static func parse(_ raw: String, layout: WhatsAppHeader.Layout, isAttachment: (String) -> Bool) -> WhatsAppBody {
        guard let split = nameSplit(raw, layout: layout) else {
            return WhatsAppBody(author: nil, kind: .notice, text: WhatsAppText.clean(raw))
        }
        // iOS starts notices and attachments with a left-to-right mark; Android writes them plainly.
        let marked = split.rest.unicodeScalars.first.map { $0.value == 0x200E } ?? false
        var text = WhatsAppText.clean(split.rest)
        var edited = false
        if let shorter = WhatsAppText.withoutEditedMarker(text) {
            text = shorter
            edited = true
        }
        let kind = classify(text, marked: marked && layout == .ios, isAttachment: isAttachment)
        let author = kind == .notice ? nil : split.name
        return WhatsAppBody(author: author, kind: kind, text: text, edited: edited)
    }

    private static func classify(_ text: String, marked: Bool, isAttachment: (String) -> Bool) -> Kind {
        if let name = WhatsAppText.attachmentName(text, isAttachment: isAttachment) { return .attachment(name: name) }
        if WhatsAppText.isMediaOmitted(text) { return .mediaOmitted }
        if WhatsAppText.deletedNotices.contains(text) { return .deleted }
        if WhatsAppText.isCall(text) { return .call }
        return marked ? .notice : .message
    }

    /// The text before the first `: `, as written; a cheap look at who may have written a line.
    static func rawName(_ raw: String) -> Substring? {
        WhatsAppText.firstColonSpace(in: raw).map { raw[..<$0] }
    }

    /// `Name: rest`, when the part before the first `: ` is a plausible name and not an Android notice.
    private static func nameSplit(_ raw: String, layout: WhatsAppHeader.Layout) -> (name: String, rest: Substring)? {
        guard let colon = WhatsAppText.firstColonSpace(in: raw) else { return nil }
        let name = WhatsAppText.clean(raw[..<colon]).trimmingSpaces
        guard !name.isEmpty, name.utf8.count <= 128 || name.count <= 128 else { return nil }
        if layout == .android && WhatsAppText.isNotice(name) { return nil }
        return (name, raw[raw.utf8.index(colon, offsetBy: 2)...])
    }
}

/// The words WhatsApp writes for its own notices, in English and some other common languages, and
/// the cleaning of its invisible marks.
enum WhatsAppText {
    /// The text without the directional and zero-width marks WhatsApp inserts; ordinary spaces, including
    /// no-break spaces a person typed, stay.
    static func clean<Text: StringProtocol>(_ text: Text) -> String {
        // Every mark begins with byte D8, E2 or EF in UTF-8; most lines have none and are kept as they are.
        guard text.utf8.contains(where: { $0 == 0xE2 || $0 == 0xEF || $0 == 0xD8 }) else { return String(text) }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !CleanedPrefix.isInvisibleMark($0) })
        return String(scalars)
    }

    /// Parts of Android notices that no name contains, so that `X changed the subject from "a: b"`
    /// is not read as a message from `X changed the subject from "a`.
    static func isNotice(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        return noticePhraseBytes.contains { phrase in
            bytes.count >= phrase.count
                && (0...(bytes.count - phrase.count)).contains { bytes[$0...].starts(with: phrase) }
        }
    }

    /// Where the first `: ` is, without Foundation's slower string search.
    static func firstColonSpace<Text: StringProtocol>(in text: Text) -> Text.Index? {
        var colon: Text.Index?
        for index in text.utf8.indices {
            let byte = text.utf8[index]
            if let found = colon, byte == 0x20 { return found }
            colon = byte == 0x3A ? index : nil
        }
        return nil
    }

    private static let noticePhraseBytes = noticePhrases.map { Array($0.utf8) }

    private static let noticePhrases = [
        "end-to-end encrypted", " changed the subject", " changed this group", " changed the group", " created group",
        " added ", " removed ", " joined using", "security code", " changed their phone number", " changed to ",
        "now an admin", "disappearing messages", " pinned a message", " deleted this group", " left",
    ]

    static let deletedNotices: Set<String> = [
        "This message was deleted", "This message was deleted.", "You deleted this message",
        "You deleted this message.", "Diese Nachricht wurde gelöscht.", "Du hast diese Nachricht gelöscht.",
        "Se eliminó este mensaje.", "Eliminaste este mensaje.", "Ce message a été supprimé.",
        "Vous avez supprimé ce message.", "Essa mensagem foi apagada", "Mensagem apagada",
        "Questo messaggio è stato eliminato", "Dit bericht is verwijderd", "このメッセージは削除されました",
        "메시지가 삭제되었습니다", "Detta meddelande raderades", "تم حذف هذه الرسالة",
    ]

    private static let omittedMedia: Set<String> = [
        "<Media omitted>", "<Medien ausgeschlossen>", "<Multimedia omitido>", "<Médias omis>", "<Mídia oculta>",
        "<Media omessi>", "<Media weggelaten>", "<メディアなし>", "<미디어 파일 생략>", "<Media utelämnad>",
        "<تم استبعاد الوسائط>",
    ]

    private static let omittedWords: Set<String> = [
        "image omitted", "video omitted", "audio omitted", "sticker omitted", "GIF omitted", "document omitted",
        "Contact card omitted", "Bild weggelassen", "Video weggelassen", "imagen omitida", "video omitido",
        "audio omitido", "image absente", "vidéo absente",
    ]

    static func isMediaOmitted(_ text: String) -> Bool {
        guard text.utf8.count < 512 else { return false }
        // iOS writes a document's name before "document omitted"; every other notice stands alone.
        return omittedMedia.contains(text) || omittedWords.contains(text) || text.hasSuffix(" document omitted")
    }

    private static let calls: Set<String> = [
        "Missed voice call", "Missed video call", "Voice call", "Video call", "Missed group voice call",
        "Missed group video call", "Verpasster Sprachanruf", "Verpasster Videoanruf", "Llamada perdida",
        "Videollamada perdida",
    ]

    /// A call's notice followed by its length, such as `Voice call, 2 min` or `Voice call • 2 min`.
    private static let callPrefixes = calls.flatMap { [$0 + ",", $0 + " •"] }

    /// The first bytes of every call notice, so that most messages are ruled out at once.
    private static let callInitials = Set(calls.compactMap(\.utf8.first))

    static func isCall(_ text: String) -> Bool {
        guard text.utf8.count < 80, let first = text.utf8.first, callInitials.contains(first) else { return false }
        return calls.contains(text) || callPrefixes.contains { text.hasPrefix($0) }
    }

    private static let editedMarkers = [
        "<This message was edited>", "<Diese Nachricht wurde bearbeitet>", "<Se editó este mensaje.>",
        "<Ce message a été modifié>", "<Mensagem editada>",
    ]

    /// The text without a trailing "this message was edited" marker, or `nil` when it has none.
    static func withoutEditedMarker(_ text: String) -> String? {
        for marker in editedMarkers where text.hasSuffix(marker) {
            return String(text.dropLast(marker.count)).trimmingSpaces
        }
        return nil
    }

    /// Words WhatsApp puts around an attached file's name: Android's `name (file attached)` and iOS's `<attached: name>`.
    private static let attachedWords: Set<String> = [
        "file attached", "Datei angehängt", "archivo adjunto", "fichier joint", "arquivo anexado", "file allegato",
        "bestand bijgevoegd", "fil bifogad", "attached", "Anhang", "adjunto", "pièce jointe", "anexo", "allegato",
        "bijlage", "bifogad",
    ]

    /// The attached file's name when the text announces one.
    static func attachmentName(_ text: String, isAttachment: (String) -> Bool) -> String? {
        if text.hasPrefix("<"), text.hasSuffix(">"), let colon = firstColonSpace(in: text) {
            let word = String(text[text.index(after: text.startIndex)..<colon])
            let name = String(text[text.utf8.index(colon, offsetBy: 2)..<text.index(before: text.endIndex)])
            if looksLikeFileName(name), attachedWords.contains(word) || isAttachment(name) { return name }
        }
        if text.hasSuffix(")"), let open = text.range(of: " (", options: .backwards) {
            let name = String(text[..<open.lowerBound])
            let word = String(text[open.upperBound..<text.index(before: text.endIndex)])
            if looksLikeFileName(name), attachedWords.contains(word) || isAttachment(name) { return name }
        }
        return nil
    }

    private static func looksLikeFileName(_ name: String) -> Bool {
        guard !name.isEmpty, name.count <= 255, !name.contains("/"), !name.contains("\\"), name != ".", name != "..",
            let dot = name.lastIndex(of: ".")
        else { return false }
        let ext = name[name.index(after: dot)...]
        return (1...5).contains(ext.count) && ext.allSatisfy { $0.isLetter || $0.isNumber }
    }
}
