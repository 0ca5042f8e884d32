import Foundation
import GRDB
import SafeholdCore
import Synchronization

extension Vault {
    /// Seals annotations as new log entries, with one checkpoint for all of them.
    /// - Throws: ``SafeholdError`` when the vault is damaged or cannot be written.
    public func annotate(_ annotations: [Annotation]) throws {
        guard !annotations.isEmpty else { return }
        try refuseWritesIfDamaged()
        try state.withLock { state in
            let mark = state.mark()
            do {
                try database.writeImmediately { db in
                    try Self.catchUp(&state, keys: keys, in: db)
                    try Self.appendEntries(annotations.map { .annotation($0) }, to: &state, keys: keys, in: db)
                }
            } catch {
                state.rollBack(to: mark)
                throw VaultErrors.translate(error, doing: "saving notes to the vault")
            }
        }
    }

    /// Every annotation of one kind, oldest first, including those later replaced or retracted.
    /// - Throws: ``SafeholdError`` when the vault cannot be read.
    public func annotations(kind: String) throws -> [Annotation] {
        try annotations(kind: kind, fromLogPosition: 0)
    }

    /// The annotations of one kind sealed at or after a log position, oldest first: what changed since a
    /// reader last looked (``logSize`` then).
    /// - Throws: ``SafeholdError`` when the vault cannot be read.
    public func annotations(kind: String, fromLogPosition start: Int) throws -> [Annotation] {
        let positions = state.withLock { ($0.annotationPositions[kind] ?? []).filter { $0 >= start } }
        do {
            return try database.writer.read { db in
                try positions.compactMap { position in
                    guard case .annotation(let annotation)? = try Self.entry(at: position, keys: keys, in: db) else {
                        return nil
                    }
                    return annotation
                }
            }
        } catch {
            throw VaultErrors.translate(error, doing: "reading notes from the vault")
        }
    }

    /// The current annotation for each key of one kind: the newest, unless it was retracted.
    /// - Throws: ``SafeholdError`` when the vault cannot be read.
    public func currentAnnotations(kind: String) throws -> [Annotation] {
        var latest: [String: Annotation] = [:]
        var order: [String] = []
        for annotation in try annotations(kind: kind) {
            if latest[annotation.key] == nil { order.append(annotation.key) }
            latest[annotation.key] = annotation
        }
        return order.compactMap { key in latest[key].flatMap { $0.retracted ? nil : $0 } }
    }
}
