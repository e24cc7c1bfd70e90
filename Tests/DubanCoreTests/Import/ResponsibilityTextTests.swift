import DubanDocuments
import Testing

@testable import DubanCore

/// The phrases that assign responsibility, and the numbering and furniture around them.
@Suite struct ResponsibilityTextTests {
    @Test func verbClausesSplitAsTheySay() throws {
        let a = try #require(ResponsibilityText.clauses("省发展改革委牵头，各地、各部门配合"))
        #expect(a.lead == ["省发展改革委"] && a.coop == ["各地", "各部门"])
        let b = try #require(ResponsibilityText.clauses("区财政局主办，区发改局、区审计局协办"))
        #expect(b.lead == ["区财政局"] && b.coop == ["区发改局", "区审计局"])
        let c = try #require(ResponsibilityText.clauses("省发改委、省工业和信息化厅等负责"))
        #expect(c.responsible == ["省发改委", "省工业和信息化厅"])
        #expect(c.units().lead == ["省发改委"] && c.units().coop == ["省工业和信息化厅"])
        let d = try #require(ResponsibilityText.clauses("国务院各部门分别负责，年内持续推进"))
        #expect(d.responsible == ["国务院各部门"] && d.deadline.isEmpty)
        // Traditional script reads the same.
        let e = try #require(ResponsibilityText.clauses("市政府辦公室牽頭，市級各有關部門及各縣市區政府按職責分工負責"))
        #expect(e.lead == ["市政府辦公室"] && e.coop == ["市級各有關部門及各縣市區政府"])
        // Parentheses that assign nothing.
        #expect(ResponsibilityText.clauses("东升路-城北路") == nil)
        #expect(ResponsibilityText.clauses("2015年9月15日") == nil)
    }

    @Test func labelledClausesAndLabelsRunTogether() throws {
        let a = try #require(ResponsibilityText.labelledClauses("牵头单位:市科委,配合单位:各区县市"))
        #expect(a.lead == ["市科委"] && a.coop == ["各区县市"])
        let b = try #require(ResponsibilityText.labelLineAssignment("牵头领导：陈刚责任单位：区商务局、区财政局"))
        #expect(b.1.leaders == ["陈刚"] && b.1.responsible == ["区商务局", "区财政局"])
        let c = try #require(ResponsibilityText.trailing("新建社区卫生服务中心4个。牵头单位：市卫健委；配合单位：市财政局"))
        #expect(c.0 == "新建社区卫生服务中心4个。" && c.1.lead == ["市卫健委"] && c.1.coop == ["市财政局"])
    }

    /// Labels the list does not name are read by their ending.
    @Test func labelsReadByTheirEnding() {
        #expect(ResponsibilityText.labelLine("分管副区长：王强")?.0 == .leaders)
        #expect(ResponsibilityText.labelLine("责任处室：规划处、财务处")?.0 == .responsible)
        #expect(ResponsibilityText.labelLine("协同部门：区财政局")?.0 == .coop)
        #expect(ResponsibilityText.labelLine("牵头处室：综合处")?.0 == .lead)
        #expect(ResponsibilityText.labelLine("工作目标：完成改造") == nil)
        #expect(ResponsibilityText.labelLine("市政设施：") == nil)
    }

    @Test func namesKeepParenthesesAndDropTheClosingDeng() {
        #expect(
            ResponsibilityText.names("各县(市、区)政府、市农办(市农业经济局)、台州经济开发区管委会等")
                == ["各县(市、区)政府", "市农办(市农业经济局)", "台州经济开发区管委会"])
        let (cleaned, rule) = ResponsibilityText.removingRule("财政局、发改局、工商联(列第一位者为牵头或汇总单位,下同)")
        #expect(ResponsibilityText.names(cleaned) == ["财政局", "发改局", "工商联"])
        #expect(rule == "(列第一位者为牵头或汇总单位,下同)")
    }

    @Test func outlineMarkers() {
        #expect(OutlineMarker.parse("一、主要预期目标")?.rank == 0)
        #expect(OutlineMarker.parse("（一）扩大有效投资")?.label == "（一）")
        #expect(OutlineMarker.parse("1.生产总值增长7.5%")?.label == "1")
        #expect(OutlineMarker.parse("１．全角数字")?.label == "1")
        #expect(OutlineMarker.parse("(3)加强预案管理")?.rank == 3)
        #expect(OutlineMarker.parse("②新增高新技术企业")?.rank == 4)
        #expect(OutlineMarker.parse("1.5%的增幅") == nil)
        #expect(OutlineMarker.parse("2022年完成") == nil)
    }

    @Test func leaderHeadings() {
        #expect(LeaderHeading.leaders("于会游市长主抓重点工作") == ["于会游"])
        #expect(LeaderHeading.leaders("孙益锋副区长牵头负责的工作") == ["孙益锋"])
        #expect(LeaderHeading.leaders("李明副市长牵头负责") == ["李明"])
        #expect(LeaderHeading.leaders("区长负责的工作") == ["区长"])
        #expect(LeaderHeading.leaders("推动经济高质量发展") == nil)
    }

    @Test func pageFurniture() {
        for line in ["— 3 —", "-3-", "- 12 -", "第3页", "第 3 页 共 9 页"] {
            #expect(PageFurniture.isPageNumber(line.filter { !$0.isWhitespace }), "\(line)")
        }
        for line in ["3", "2022", "-3%", "一、主要目标"] {
            #expect(!PageFurniture.isPageNumber(line), "\(line)")
        }
        let lines = ["首页 > 政务公开", "来源：本网", "1.城镇新增就业5000人，城镇调查失业率控制在5.5%以内，零就业家庭动态清零。", "某政办〔2023〕5号", "（牵头单位：区人社局）", "分享到："]
            .enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        // The file ended on chrome: an empty last line says it ended cleanly, not inside a row.
        #expect(PageFurniture.removing(lines).map(\.text) == ["1.城镇新增就业5000人，城镇调查失业率控制在5.5%以内，零就业家庭动态清零。", "（牵头单位：区人社局）", ""])
    }
}
