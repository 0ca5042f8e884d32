import Foundation

enum AddressEvaluation {
    static func run(source: URL) throws {}
}
