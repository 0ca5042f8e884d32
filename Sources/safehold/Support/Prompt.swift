import Foundation
import Safehold
import SafeholdCore
import SafeholdVault

/// Asking the person for secrets at the terminal, without showing what they type.
enum Prompt {
    /// The passphrase from a file, or typed at the terminal.
    static func passphrase(file: String?, prompt: String) throws -> Passphrase {
        if let file { return try Passphrase(contentsOfFile: file) }
        guard let typed = OperatingSystem.readSecretLine(prompt: prompt), !typed.isEmpty else {
            throw SafeholdError(
                .invalidInput,
                "Safehold needs your passphrase. Run this in a terminal to type it, or give --passphrase-file for a script."
            )
        }
        return Passphrase(typed)
    }

    /// A new passphrase: from a file, or typed twice at the terminal until both match.
    static func newPassphrase(file: String?) throws -> Passphrase {
        if let file { return try Passphrase(contentsOfFile: file) }
        for _ in 0..<3 {
            let first = try passphrase(
                file: nil,
                prompt: "New passphrase (15 characters or more; a few unrelated words work well): "
            )
            let second = try passphrase(file: nil, prompt: "Type it again: ")
            if first.withText({ a in second.withText { b in a == b } }) { return first }
            Terminal.say("The two did not match. Let's try once more.")
        }
        throw SafeholdError(
            .invalidInput,
            "The passphrases did not match. Nothing was changed; run the command again when you are ready."
        )
    }

    /// A new passphrase that passes the strength rules. At the terminal, a refused one is explained
    /// and the person may try again; from a file, a refused one is an error.
    static func strongNewPassphrase(file: String?) throws -> Passphrase {
        if file != nil {
            let passphrase = try newPassphrase(file: file)
            try VaultSetup.requireStrong(passphrase)
            return passphrase
        }
        var attempts = 0
        while true {
            let passphrase = try newPassphrase(file: nil)
            do {
                try VaultSetup.requireStrong(passphrase)
                return passphrase
            } catch let error as SafeholdError where error.code == .weakPassphrase && attempts < 4 {
                attempts += 1
                Terminal.say(error.message + "\n")
            }
        }
    }

    /// The recovery code: from a file, or typed at the terminal.
    static func recoveryCode(file: String?) throws -> RecoveryCode {
        if let file {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw SafeholdError(.fileAccess, "Safehold could not read the recovery code file.")
            }
            return try RecoveryCode(parsing: text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        guard let typed = OperatingSystem.readSecretLine(prompt: "Recovery code: ") else {
            throw SafeholdError(
                .invalidInput,
                "Safehold needs your recovery code. Run this in a terminal to type it, or give --recovery-code-file."
            )
        }
        return try RecoveryCode(parsing: typed)
    }
}

/// Writing to the person.
enum Terminal {
    /// A line for the person on standard error, so that standard output stays clean for scripts.
    static func say(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Rewrites the one progress line on standard error; `nil` clears it.
    static func progress(_ line: String?) {
        let text = line.map { "\r\u{1B}[K" + $0 } ?? "\r\u{1B}[K"
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// A line on standard output.
    static func print(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Prints a value as pretty JSON on standard output.
    static func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
