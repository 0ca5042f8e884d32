import Foundation

/// The sessions of this server, in memory only: a restart ends them all and locks every vault.
actor SessionStore {
    /// A session ends after this many seconds without a request.
    let idleTimeout: TimeInterval
    /// A session ends this many seconds after it began.
    let absoluteTimeout: TimeInterval
    /// At most this many sessions that have not unlocked anything are kept, so that a page
    /// reloaded in a loop cannot fill the memory.
    let lockedCapacity: Int
    private var sessions: [String: Session] = [:]

    /// Creates an empty store.
    init(idleTimeout: Duration, absoluteTimeout: Duration, lockedCapacity: Int = 512) {
        self.idleTimeout = idleTimeout.seconds
        self.absoluteTimeout = absoluteTimeout.seconds
        self.lockedCapacity = lockedCapacity
    }

    /// The live session with this id, marked as seen now; `nil` (and the session ended) when it
    /// has expired.
    func find(_ id: String, now: Date) -> Session? {
        guard var session = sessions[id] else { return nil }
        guard !isExpired(session, now: now) else {
            sessions[id] = nil
            return nil
        }
        session.lastSeen = now
        sessions[id] = session
        return session
    }

    /// Starts a session that has not unlocked anything.
    func start(now: Date) -> Session {
        makeRoomForLocked(now: now)
        let session = Session(now: now)
        sessions[session.id] = session
        return session
    }

    /// Ends `oldID` and starts a new session holding the vault, so that an id seen before
    /// unlocking never gives access to the vault.
    func unlock(replacing oldID: String?, access: Session.Access, now: Date) -> Session {
        if let oldID { sessions[oldID] = nil }
        let session = Session(now: now, access: access)
        sessions[session.id] = session
        return session
    }

    /// Ends a session; its vault is closed once no request uses it any more.
    func end(_ id: String) {
        sessions[id] = nil
    }

    /// How many sessions are alive, for tests.
    var count: Int { sessions.count }

    private func isExpired(_ session: Session, now: Date) -> Bool {
        now.timeIntervalSince(session.lastSeen) > idleTimeout
            || now.timeIntervalSince(session.startedAt) > absoluteTimeout
    }

    private func makeRoomForLocked(now: Date) {
        sessions = sessions.filter { !isExpired($0.value, now: now) }
        let locked = sessions.values.filter { $0.access == nil }
        guard locked.count >= lockedCapacity else { return }
        let oldest = locked.sorted { $0.lastSeen < $1.lastSeen }.prefix(locked.count - lockedCapacity + 1)
        for session in oldest { sessions[session.id] = nil }
    }
}

extension Duration {
    /// The duration in seconds, as `TimeInterval`.
    var seconds: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
