enum Rounding {
    private static let powers: [Double] = (0...22).map { p in (0..<p).reduce(1.0) { r, _ in r * 10 } }

    /// Rounds to 12 significant digits, so 1.17万 reads 11700, not 11700.000000000002.
    static func clean(_ v: Double) -> Double {
        guard v != 0, v.isFinite else { return v }
        let mag = Int((abs(v)).log10Floor)
        let e = 11 - mag
        if e >= 0, e < powers.count { return (v * powers[e]).rounded() / powers[e] }
        if e < 0, -e < powers.count { return (v / powers[-e]).rounded() * powers[-e] }
        return v
    }
}

extension Double {
    fileprivate var log10Floor: Double {
        var m = 0.0
        var x = self
        while x >= 10 {
            x /= 10
            m += 1
        }
        while x < 1 {
            x *= 10
            m -= 1
        }
        return m
    }
}
