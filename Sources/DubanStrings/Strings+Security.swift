/// Refusals and notes of the security rules: webhooks, audit proofs, visitors.
extension Strings {
    public enum Security {
        public static let webhookMalformed = "机器人地址格式不正确，应为 https:// 开头的完整网址"
        public static let webhookHTTPSOnly = "机器人地址必须使用 https"
        public static func webhookPrivate(_ host: String) -> String {
            "机器人地址“\(host)”指向本机或内网，不允许使用；如确需使用内网转发服务，请由系统运维人员在 DUBAN_WEBHOOK_ALLOWED_HOSTS 中登记"
        }
        public static let webhookResolvedPrivate = "机器人地址解析到本机或内网地址，已拒绝发送"
        public static let webhookTimedOut = "机器人地址在限定时间内没有响应"
        public static let webhookSecretMalformed = "加签密钥格式不正确（钉钉机器人的密钥以 SEC 开头）"
        public static let webhookKind = "机器人类型只能是 dingtalk（钉钉）或 wecom（企业微信）"
    }
}

extension Strings.Security {
    public static func auditUnkeyed(_ sequence: Int) -> String { "第 \(sequence) 条审计记录没有用审计密钥签名，而在它之前已有签名记录：可能被无密钥者重算" }
    public static func auditUnkeyedHead(_ sequence: Int) -> String { "审计链末条（第 \(sequence) 条）没有用审计密钥签名：整条链可能被无密钥者重写" }
    public static func auditNeedsKey(_ sequence: Int) -> String { "第 \(sequence) 条审计记录用审计密钥签名，需设置 DUBAN_AUDIT_KEY 才能核验" }
    public static func auditTruncated(_ sequence: Int) -> String { "审计链已不包含第 \(sequence) 条记录：末尾的记录被删除" }
    public static func auditHeadDiffers(_ sequence: Int) -> String { "第 \(sequence) 条审计记录与此前登记的哈希不同" }
    public static let auditExpectMalformed = "--expect 的格式应为 序号:哈希（即 duban audit head 的输出）"
    public static let auditKeyTooShort = "DUBAN_AUDIT_KEY 至少需要 16 个字符"
}
