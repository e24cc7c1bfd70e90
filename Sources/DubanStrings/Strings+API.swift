/// Messages of the JSON API's edge checks (methods, content types, bodies, numbers, query parameters).
extension Strings {
    public enum API {
        public static func methodNotAllowed(_ method: String, allowed: [String]) -> String {
            "此地址不支持 \(method) 请求，可用的方法：\(allowed.joined(separator: "、"))"
        }
        public static let unsupportedMediaType = "请求内容类型不受支持（可用的类型见接口说明 /api/v1/openapi.json）"
        public static let badJSON = "请求内容不是有效的 JSON"
        public static let notFiniteNumber = "数值必须是有限的数字（不能是 inf、nan 或超出范围的数）"
        public static func badQuery(_ name: String) -> String { "查询参数 \(name) 的取值不正确" }
        public static func fieldShape(_ name: String) -> String { "字段 \(name) 缺失或类型不正确" }
        public static func fieldValue(_ name: String) -> String { "字段 \(name) 的取值不符合要求" }
        public static let badMultipart = "上传表单格式不正确"
    }
}
