import Testing

@testable import Safehold

@Suite("PassphraseProblem")
struct PassphraseProblemTests {
    @Test("No message ever contains the passphrase or any four-character run of it", arguments: Examples.all)
    func messagesNeverEchoThePassphrase(passphrase: String) {
        let problems = PassphrasePolicy().problems(with: passphrase)
        let typed = Array(passphrase.lowercased())
        for problem in problems {
            let message = problem.message.lowercased()
            if !passphrase.trimmingSpaces.isEmpty {
                #expect(!message.contains(passphrase.lowercased().trimmingSpaces))
            }
            guard typed.count >= 4 else { continue }
            for start in 0...(typed.count - 4) {
                let run = String(typed[start..<start + 4])
                #expect(!message.contains(run), "message for \(problem.reason) contains \"\(run)\"")
            }
        }
    }

    @Test("A message depends only on the reason, never on what was typed", arguments: Examples.all)
    func messagesDependOnlyOnReason(passphrase: String) {
        for problem in PassphrasePolicy().problems(with: passphrase) {
            #expect(problem.message == PassphraseProblem.standardMessage(for: problem.reason))
        }
    }

    @Test("Every message is one or two short sentences", arguments: PassphraseProblem.Reason.allCases)
    func messagesAreShort(reason: PassphraseProblem.Reason) {
        let message = PassphraseProblem.standardMessage(for: reason)
        let sentences = message.split(whereSeparator: { ".!?".contains($0) }).filter { !$0.allSatisfy(\.isWhitespace) }
        #expect((1...2).contains(sentences.count))
        #expect(message.count <= 200)
        #expect(message.hasSuffix("."))
    }

    @Test("Every message suggests what to do instead", arguments: PassphraseProblem.Reason.allCases)
    func messagesSuggestSomethingBetter(reason: PassphraseProblem.Reason) {
        let message = PassphraseProblem.standardMessage(for: reason).lowercased()
        #expect(message.contains("unrelated things") || message.contains("leave dates out"))
    }

    @Test("No message blames or alarms the person", arguments: PassphraseProblem.Reason.allCases)
    func messagesDoNotBlame(reason: PassphraseProblem.Reason) {
        let message = PassphraseProblem.standardMessage(for: reason).lowercased()
        for harsh in [
            "you chose", "your fault", "wrong", "bad", "weak", "stupid", "careless", "should have",
            "invalid", "error", "fail", "must", "!", "password", "word",
        ] {
            #expect(!message.contains(harsh), "\(reason) says \"\(harsh)\"")
        }
    }

    @Test("Each reason has a message of its own")
    func messagesAreDistinct() {
        let messages = PassphraseProblem.Reason.allCases.map(PassphraseProblem.standardMessage(for:))
        #expect(Set(messages).count == messages.count)
    }

    @Test("The date message says gently that someone close could know the date")
    func dateMessageMentionsWhoKnows() {
        let message = PassphraseProblem.standardMessage(for: .containsDate)
        #expect(message.contains("birthday"))
        #expect(message.contains("Someone who knows you"))
    }

    @Test("A problem made from a reason carries the standard message and can be thrown")
    func problemFromReason() throws {
        let problem = PassphraseProblem(.sequence)
        #expect(
            problem == PassphraseProblem(reason: .sequence, message: PassphraseProblem.standardMessage(for: .sequence))
        )
        #expect(problem.reason.rawValue == "sequence")
        #expect(throws: PassphraseProblem.self) { throw problem }
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
