extension Strings {
    /// The office's 督办规则 page: the thresholds behind every light and the bulletin's ranking.
    public enum Rules {
        public static let title = "督办规则"
        public static let intro = "以下规则决定本方案每项任务的亮灯、月通报的排名和退回报告的补正期限。修改后，任务清单、通报和考核即按新规则计算，修改记入审计日志。"
        public static let yellowGap = "黄灯：落后序时进度达到（百分点）"
        public static let redGap = "红灯：落后序时进度达到（百分点）"
        public static let gapsHint = "例如黄灯10、红灯30：8月底应完成66.7%、实际50%，落后16.7个百分点，亮黄灯。黄灯值不小于红灯值时不设黄灯，只分红、绿。"
        public static let levelTolerance = "比率、占比类指标的容差（目标的%）"
        public static func levelToleranceHint(_ tolerance: String, example floor: String) -> String {
            "增速、比率按当前实际值与目标比较，不按序时折算。容差\(tolerance)%时：目标“优良天数比例达到80%”，实际低于80%、但不低于\(floor)%亮黄灯，再低亮红灯；“左右”类目标差距在容差以内视为达标。"
        }
        public static let correctionDays = "退回补正期（工作日）"
        public static let correctionHint = "督查室退回的报告，单位在补正期内（按工作日计，节假日不算）重新报送仍算按时报送；超过补正期才计为报送不及时。"
        public static let minimumToRank = "月通报排名最少任务数"
        public static let minimumHint = "已亮灯的牵头任务少于此数的单位不参与排名，在通报中单独列出，以免一两项任务决定名次。"
        public static let extensionLimit = "每项任务最多准予延期次数"
        public static let extensionNoticeDays = "延期申请须提前的工作日数"
        public static let returnWindowDays = "收到任务后可申请退办的工作日数"
        public static let returnHint = "单位认为任务不属本单位职责的，可在此期限内申请退办；督查室改派其他单位或答复后保留。"
        public static let wordsWhenLit = "红灯、黄灯任务的报告（含填报表）必须写明存在问题和下步打算（整改措施）"
        public static let dueCounting = "报送日的算法"
        public static func dueCountingName(_ raw: String) -> String {
            switch raw {
            case "next-workday": "按方案写的日期，遇节假日、周末顺延到下一个工作日"
            case "workdays": "按工作日计：每月第N个工作日（N即方案写的报送日）"
            default: "按方案写的日期（遇节假日不顺延）"
            }
        }
        public static let dueCountingHint = "工作日按国务院办公厅公布的节假日安排和调休上班日计算，系统管理员可在“节假日安排”中调整。改动后，已发布方案各期的报送日随之重排；已提交的报告保留当时的按时或逾期认定。"
        public static let coSign = "实行会签：配合单位报送本期部分后，牵头单位才能报送（督查室可同意免会签）"
        public static let extensionHint = "单位须在完成时限前至少这么多个工作日提出延期或目标调整申请；次数为0表示不接受延期申请。"
        public static let save = "保存督办规则"
        public static func current(_ rules: String) -> String { "当前：\(rules)" }
        public static func summary(yellow: String, red: String, hasYellow: Bool, tolerance: String, correction: Int, minimum: Int) -> String {
            let lights = hasYellow ? "落后序时进度\(yellow)个百分点亮黄灯、\(red)个百分点亮红灯" : "不设黄灯，落后序时进度\(red)个百分点亮红灯"
            return "\(lights)；比率类指标容差\(tolerance)%；退回补正期\(correction)个工作日；已亮灯的牵头任务不少于\(minimum)项的单位参与通报排名。"
        }
    }
}
