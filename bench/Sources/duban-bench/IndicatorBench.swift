enum IndicatorBench {
    static func run() {}
}
