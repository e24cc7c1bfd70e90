/// Accounts, passwords, logins and API tokens (issue 12: M1, M3, M4, M5, usernames).
extension Strings {
    public enum Identity {
        // Sign-in through the government's identity provider (统一身份认证).
        public static let providerButton = "统一身份认证登录"
        public static let providerOr = "或使用本系统账户密码登录"
        public static let passwordLoginOff = "本系统已停用账户密码登录，请使用统一身份认证登录"
        public static let providerNotConfigured = "本系统未配置统一身份认证"
        public static let providerUnavailable = "暂时无法连接统一身份认证服务，请稍后再试"
        public static let providerStateUnknown = "登录请求无效或已在其他浏览器中打开，请重新登录"
        public static let providerStateUsed = "该登录请求已使用过，请重新登录"
        public static let providerStateExpired = "登录请求已超时，请重新登录"
        public static let providerDenied = "统一身份认证未完成登录，请重新登录"
        public static let providerTokenRejected = "统一身份认证返回的身份凭证无效（签名、签发方、受众、有效期或随机数不符），已拒绝登录"
        public static func providerUnmapped(_ name: String) -> String {
            "统一身份认证账户“\(name)”尚未绑定本系统账户，请联系管理员绑定后再登录"
        }
        public static let providerAccountInactive = "该账户已停用，请联系督查室"
        public static let providerSubjectTooLong = "统一身份认证标识过长（最多 255 个字符）"
        public static func providerSubjectTaken(_ username: String) -> String { "该统一身份认证标识已绑定账户 \(username)" }
        public static let providerPublicURLMissing = "配置统一身份认证（DUBAN_OIDC_ISSUER）时必须同时设置 DUBAN_PUBLIC_URL，登录回调地址由它确定"

        // Login. One answer for a wrong password, an unknown name, a locked or a switched-off
        // account, so nobody learns which usernames exist; it says a lock is possible.
        public static let badCredentials = "用户名或密码错误。连续输错 5 次的账户将暂时锁定 15 分钟，如仍无法登录请联系督查室。"
        public static let tooManyAttempts = "登录尝试过于频繁，请稍后再试"
        public static let loginBusy = "登录请求过多，服务器正忙，请稍后再试"
        public static let lockedTitle = "账户因连续输错密码已被暂时锁定"
        public static func lockedBody(minutes: Int) -> String {
            "有人连续 5 次用错误的密码登录您的账户，账户已锁定 \(minutes) 分钟。如不是您本人所为，请修改密码并告知督查室。"
        }

        // Usernames.
        public static let usernameEmpty = "用户名不能为空"
        public static let usernameTooLong = "用户名不能超过 64 个字符"
        public static let usernameBadCharacters = "用户名不能包含空格或控制字符"

        // Changing and resetting passwords.
        public static let mustChange = "请先修改初始密码：账户由他人设置了密码，须由本人设置新密码后才能继续使用"
        public static let changeTitle = "修改密码"
        public static let changeIntro = "账户的密码只应由本人知道。管理员创建或重置的密码只能用来登录一次并设置新密码。"
        public static let oldPassword = "当前密码"
        public static let newPassword = "新密码"
        public static let repeatPassword = "再次输入新密码"
        public static let change = "修改"
        public static let changed = "密码已修改"
        public static let oldPasswordWrong = "当前密码不正确"
        public static let repeatMismatch = "两次输入的新密码不一致"
        public static let sameAsOld = "新密码不能与当前密码相同"
        public static let reset = "重置密码"
        public static func resetDone(_ username: String, _ password: String) -> String {
            "已重置 \(username) 的密码。一次性密码：\(password)（仅显示这一次，请当面或以保密方式交给本人；本人登录后须立即改为自己的密码）"
        }
        public static let notYourselfReset = "不能重置自己的密码，请使用“修改密码”"
        public static let accountNotFound = "账户不存在"
        public static let initialPasswordHint = "初始密码仅用于首次登录：本人登录后须立即改为自己的密码。"

        // Separation of duties in review.
        public static let issuedByYou = "该报告作者的账户由您创建或重置密码"
        public static let issuedByYouRefused = "该报告作者的账户由您本人创建或重置密码，为防止一人兼任报送和审核，须由督查室其他人员审核"

        // API tokens.
        public static let tokenNameRequired = "请为令牌命名（1–100 个字符），以便日后识别和撤销"
        public static let tokenDaysRange = "令牌有效期须为 1 至 365 天"
        public static let tokenNotFound = "令牌不存在"
        public static let tokenNotYours = "只能撤销自己的令牌"
    }
}
