/// The seal on a progress sheet: the identity line and each row's key carry a MAC made with the
/// installation's secret, so a sheet cannot be edited into another unit's, another period's, or a
/// task the unit does not hold. The MAC itself is computed by the store, which holds the secret.
public struct SheetSeal: Sendable {
    public static let format = "duban.sheet/1"
    let mac: @Sendable (String) -> String

    /// `mac` returns the hex HMAC of its input.
    public init(mac: @escaping @Sendable (String) -> String) {
        self.mac = mac
    }

    public func identityLine(_ identity: ProgressSheet.Identity) -> String {
        "\(Self.body(identity)) mac=\(identityMAC(identity))"
    }

    /// The identity a line names, or nil when it is not a sealed line or its seal does not match.
    public func identity(from line: String) -> ProgressSheet.Identity? {
        var fields: [String: String] = [:]
        let parts = line.split(separator: " ")
        guard parts.first.map(String.init) == Self.format else { return nil }
        for part in parts.dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { return nil }
            fields[String(pair[0])] = String(pair[1])
        }
        guard let government = fields["government"].flatMap({ Int($0) }), let plan = fields["plan"].flatMap({ Int($0) }),
            let period = fields["period"].flatMap({ Int($0) }), let unit = fields["unit"], let seal = fields["mac"]
        else { return nil }
        let identity = ProgressSheet.Identity(governmentID: government, planID: plan, periodNumber: period, unitID: Int(unit))
        guard unit == "*" || identity.unitID != nil else { return nil }
        return Self.constantTimeEqual(seal, identityMAC(identity)) ? identity : nil
    }

    /// `任务号-单位号-校验码`: short enough to sit in a hidden column, bound to the identity.
    public func rowKey(taskID: Int, unitID: Int, identity: ProgressSheet.Identity) -> String {
        "\(taskID)-\(unitID)-\(rowMAC(taskID: taskID, unitID: unitID, identity: identity))"
    }

    /// The task and unit a key names, or nil when the key was edited or belongs to another sheet.
    public func row(from key: String, identity: ProgressSheet.Identity) -> (taskID: Int, unitID: Int)? {
        let parts = key.split(separator: "-")
        guard parts.count == 3, let task = Int(parts[0]), let unit = Int(parts[1]) else { return nil }
        return Self.constantTimeEqual(String(parts[2]), rowMAC(taskID: task, unitID: unit, identity: identity)) ? (task, unit) : nil
    }

    func identityMAC(_ identity: ProgressSheet.Identity) -> String { String(mac(Self.body(identity)).prefix(32)) }

    func rowMAC(taskID: Int, unitID: Int, identity: ProgressSheet.Identity) -> String {
        String(mac("\(Self.body(identity)) row=\(taskID)-\(unitID)").prefix(16))
    }

    static func body(_ identity: ProgressSheet.Identity) -> String {
        "\(format) government=\(identity.governmentID) plan=\(identity.planID) period=\(identity.periodNumber) unit=\(identity.unitID.map(String.init) ?? "*")"
    }

    static func constantTimeEqual(_ left: String, _ right: String) -> Bool {
        let a = Array(left.utf8)
        let b = Array(right.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
