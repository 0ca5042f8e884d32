enum Bench {
    static func run(megabytes: Double) throws {}
}
