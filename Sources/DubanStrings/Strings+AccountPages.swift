/// 账户管理.
extension Strings {
    public enum AccountPages {
        public static let title = "账户管理"
        public static let username = "用户名"
        public static let displayName = "姓名或单位"
        public static let role = "角色"
        public static let scope = "所属单位或领导"
        public static let status = "状态"
        public static let active = "启用"
        public static let inactive = "已停用"
        public static let disable = "停用"
        public static let enable = "启用"
        public static let newAccount = "新建账户"
        public static let password = "初始密码"
        public static let passwordHint = "至少 10 位，须含字母和数字，不能包含用户名。"
        public static let unitForLiaison = "单位（角色为单位联络员时必选）"
        public static let leaderForLeader = "领导（角色为区领导时必选）"
        public static let create = "创建"
        public static let badRole = "角色不正确"
        public static let unitRequired = "单位联络员账户须选择所属单位"
        public static let leaderRequired = "区领导账户须选择对应领导"
        public static let notYourself = "不能停用自己的账户"
    }
}
