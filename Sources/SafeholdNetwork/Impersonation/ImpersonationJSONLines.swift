public import Foundation

/// The vault-free interface of `safehold impersonation score`: one JSON object per line in, one per line out.
///
/// In: `{"id": …, "mine": {profile} or [{profile}…], "candidate": {profile}}` where a profile has `platform`,
/// `handle` and optionally `name`, `bio`, `avatar` (16 hexadecimal digits, ``AvatarHash``), `createdAt`,
/// `followers`, `posts`. Out: `{"id": …, "score": 0.0–1.0, "level": "likely|possible|unlikely",
/// "reasons": [{"code", "sentence", "weight"}]}`, or `{"id": …, "error": "…"}` for a line that cannot be read.
/// `id` is echoed as given (string or number). Lines over 1 MB are refused without being parsed.
public enum ImpersonationJSONLines {
    /// The longest line read.
    public static let maximumLineBytes = 1_000_000

    struct Input: Decodable {
        let id: JSONID?
        let mine: [AccountProfile]
        let candidate: AccountProfile

        enum CodingKeys: String, CodingKey { case id, mine, candidate }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decodeIfPresent(JSONID.self, forKey: .id)
            if let list = try? container.decode([AccountProfile].self, forKey: .mine) {
                mine = list
            } else {
                mine = [try container.decode(AccountProfile.self, forKey: .mine)]
            }
            candidate = try container.decode(AccountProfile.self, forKey: .candidate)
        }
    }

    /// A line id, echoed back as it came.
    enum JSONID: Codable, Equatable {
        case text(String)
        case number(Double)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .text(text)
            } else {
                self = .number(try container.decode(Double.self))
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .number(let number):
                if number.rounded() == number && abs(number) < 1e15 {
                    try container.encode(Int64(number))
                } else {
                    try container.encode(number)
                }
            }
        }
    }

    struct Output: Encodable {
        let id: JSONID?
        let score: Double?
        let level: ImpersonationScore.Level?
        let reasons: [ImpersonationScore.Reason]?
        let error: String?
    }

    /// Scores one line and returns the output line (without its line break).
    /// - Parameters:
    ///   - line: One JSON object.
    ///   - now: When "new account" is measured from, so that a run can be repeated with the same results.
    public static func score(line: String, now: Date = Date()) -> String {
        guard line.utf8.count <= maximumLineBytes else {
            return encode(Output(id: nil, score: nil, level: nil, reasons: nil, error: "The line is longer than 1 MB."))
        }
        guard let input = try? JSONDecoder().decode(Input.self, from: Data(line.utf8)) else {
            let message =
                "The line is not a JSON object with \"mine\" and \"candidate\" profiles (platform and handle)."
            return encode(Output(id: nil, score: nil, level: nil, reasons: nil, error: message))
        }
        let result = ImpersonationScorer(mine: input.mine, now: now).score(input.candidate)
        let rounded = (result.score * 10_000).rounded() / 10_000
        return encode(Output(id: input.id, score: rounded, level: result.level, reasons: result.reasons, error: nil))
    }

    private static func encode(_ output: Output) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(output) else { return "{\"error\":\"internal\"}" }
        return String(decoding: data, as: UTF8.self)
    }
}
