enum ImportBench {
    static func run() {}
}
