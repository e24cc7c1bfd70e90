"""The office's products on the demo's published 钟楼区 plan, and what others see of them.

1. 月通报: the office drafts August from the plan page, edits the summary, publishes (confirm dialog),
   downloads the Word file; 发改局 then reads the published bulletin;
2. 季度督查清单 and 年度考核: the lists, a unit's calculation, a weight changed and put back;
3. 发改局's home offers its report calendar (ICS);
4. the city account compares the districts (/city); a district office may not;
5. a visitor (not signed in) has a 登录 link and sees no reports on a task page;
6. 督办规则: the office's thresholds change the board's lights; put back, they restore them.
"""
import io
import re
import unittest
import zipfile
from urllib.parse import unquote

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

import support
from support import ADMIN, Browser, OrderedSteps, SUPERVISOR, account

UNIT = lambda: account("单位联络员", "发改局")
SUMMARY = "8月，全区重点任务总体推进有序；红灯任务集中在民生工程，请相关单位对照通报逐项整改。"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class Products(OrderedSteps):
    state = {}

    @classmethod
    def setUpClass(cls):
        cls.office = Browser()
        cls.office.login(SUPERVISOR())
        cls.ids = support.demo_ids(cls.office)
        cls.others = []

    @classmethod
    def tearDownClass(cls):
        for b in [cls.office] + cls.others:
            b.quit()

    def other(self, acct=None):
        b = Browser()
        self.others.append(b)
        if acct:
            b.login(acct)
        return b

    def open_from_plan(self, name, path_regex):
        """Follow one of the plan page's links (月通报, 季度督查清单, 年度考核)."""
        office = self.office
        office.get(f"/plans/{self.ids['plan']}")
        link = next((a for a in office.all("nav.plan-links a") if a.text == name), None)
        self.assertIsNotNone(link, f"the plan page has no “{name}” link")
        office.follow(link, expect_path=path_regex)
        # The inspection list is dated by its quarter: 2022年第三季度督查清单.
        self.assertTrue(office.h1() == name or office.h1().endswith(name.replace("季度", "")), office.h1())

    # ------------------------------------------------------------------------------------------
    def test_1_bulletin(self):
        """The office drafts, edits and publishes the August bulletin; 发改局 reads it."""
        office, plan = self.office, self.ids["plan"]
        office.get(f"/plans/{plan}")
        tasks = sum(office.counts().values())
        self.open_from_plan("月通报", rf"^/plans/{plan}/bulletins$")
        self.assertEqual(office.find("label[for='bulletin-month']").text, "月份")
        self.assertEqual(office.select_by_text("#bulletin-month", "8月"), "8月")
        office.submit(office.find("#draft-bulletin button[type=submit]"), expect_path=r"^/bulletins/\d+$")
        bulletin_id = int(office.path().rsplit("/", 1)[1])

        # The draft as it prints: title, status, light counts adding up to the plan's tasks.
        article = office.visible("#bulletin")
        self.assertIn("2022年8月", office.text("#bulletin h1"))
        self.assertIn("通报", office.text("#bulletin h1"))
        self.assertRegex(office.text("#bulletin > p.muted"), r"第\d+版 · 草稿")
        counts = bulletin_counts(office)
        self.assertEqual(set(counts), {"绿灯", "黄灯", "红灯", "已办结", "未到期"})
        self.assertEqual(sum(counts.values()), tasks, f"红黄绿灯统计 {counts} ≠ the plan's {tasks} tasks")
        for heading in ("总体情况", "分部分情况", "牵头单位排名", "领导批示", "工作要求"):
            self.assertIn(heading, article.text)

        # 发改局 cannot read it while it is a draft.
        unit = self.other(UNIT())
        unit.get(f"/plans/{plan}/bulletins")
        self.assertFalse(unit.exists(f"#bulletins a[href='/bulletins/{bulletin_id}']"), "a unit sees a draft bulletin")
        self.assertFalse(unit.exists("#draft-bulletin"), "a unit can draft a bulletin")
        unit.get(f"/bulletins/{bulletin_id}")
        self.assertFalse(unit.exists("#bulletin"), "a unit can open a draft bulletin")

        # The office rewrites the summary; a draft changes in place.
        box = office.find("#summary")
        self.assertEqual(office.find("label[for='summary']").text, "总体情况")
        box.clear()
        box.send_keys(SUMMARY)
        office.submit(office.find("#bulletin-edit-form button[type=submit]"),
                      expect_path=rf"^/bulletins/{bulletin_id}\?done=edit", flash="修改已保存")
        self.assertEqual(office.text("#bulletin-summary"), SUMMARY)

        # Publishing asks for confirmation first.
        office.driver.execute_script("window.__e2eOldPage = true")
        office.find("#publish-bulletin").click()
        alert = office.wait().until(EC.alert_is_present())
        self.assertIn("发布后本版本不能再修改", alert.text)
        alert.accept()
        office.wait_new_page()
        self.assertRegex(office.path(), rf"^/bulletins/{bulletin_id}\?done=bulletin")
        self.assertRegex(office.text("#bulletin > p.muted"), r"第\d+版 · 已发布")
        self.assertIn("本通报已发布，内容已固定。", office.text("main"))
        self.assertFalse(office.exists("#publish-bulletin"), "a published bulletin can be published again")
        self.assertIn("将生成新版本", office.text("#bulletin-edit h2"))

        # The Word file, fetched with the office's session.
        link = office.find("#bulletin-docx")
        self.assertEqual(link.text, "下载 Word")
        status, headers, body = office.http_get(link.get_attribute("href"))
        self.assertEqual((status, headers.get_content_type()), (200, DOCX))
        filename = unquote(headers.get("Content-Disposition", ""))
        self.assertRegex(filename, r"2022年8月.*通报.*\.docx", "the download is not named as a Word file")
        with zipfile.ZipFile(io.BytesIO(body)) as docx:
            document = docx.read("word/document.xml").decode("utf-8")
        self.assertIn("2022年8月", document)
        self.assertIn(SUMMARY[:20], document, "the Word file does not carry the edited summary")

        # 发改局 now finds and reads it, without the office's forms.
        unit.get(f"/plans/{plan}/bulletins")
        item = unit.find(f"#bulletins a[href='/bulletins/{bulletin_id}']")
        self.assertIn("已发布", item.find_element(By.XPATH, "./ancestor::li[1]").text)
        unit.follow(item, expect_path=rf"^/bulletins/{bulletin_id}$")
        self.assertEqual(unit.text("#bulletin-summary"), SUMMARY)
        self.assertFalse(unit.exists("#bulletin-edit-form"), "a unit sees the bulletin's edit form")

    # ------------------------------------------------------------------------------------------
    def test_2_inspection_and_assessment(self):
        """季度督查清单 lists what its rules chose; 年度考核 explains each score and follows the weights."""
        office, plan = self.office, self.ids["plan"]
        self.open_from_plan("季度督查清单", rf"^/plans/{plan}/inspection$")
        self.assertIn("符合下列任一条件", office.text("main section.card"))
        items = office.all("#inspection-items > li")
        chosen = re.search(r"入选 (\d+) 项任务", office.text("main"))
        self.assertTrue(chosen, "the list does not say how many tasks it chose")
        self.assertEqual(int(chosen.group(1)), len(items))
        self.assertTrue(items, "the inspection list is empty")
        self.assertIn("原因：", items[0].text)
        self.assertTrue(items[0].find_elements(By.CSS_SELECTOR, "a[href^='/tasks/']"))
        # 下发: the lead units hear of it, and the page then says when it went out, once.
        office.submit(office.find("#issue-inspection"), expect_path=rf"^/plans/{plan}/inspection\?done=inspection-issued",
                      flash="本季督查清单已下发")
        self.assertIn("各牵头单位已收到督查通知", office.text("#inspection-issued"))
        self.assertFalse(office.exists("#issue-inspection"), "an issued list can be issued again")

        self.open_from_plan("年度考核", rf"^/plans/{plan}/assessment$")
        rows = office.all("#assessment tbody tr[data-unit]")
        self.assertTrue(rows, "the assessment lists no unit")
        first = rows[0]
        unit_id, score = first.get_attribute("data-unit"), score_of(office, first.get_attribute("data-unit"))
        self.assertEqual(first.find_element(By.TAG_NAME, "td").text, "1")
        details = first.find_element(By.TAG_NAME, "details")
        self.assertIsNone(details.get_attribute("open"))
        summary = details.find_element(By.TAG_NAME, "summary")
        self.assertIn("指标完成", summary.text)
        summary.click()
        office.wait().until(lambda d: details.get_attribute("open") is not None)
        sentences = [li.text for li in details.find_elements(By.CSS_SELECTOR, "li") if li.is_displayed()]
        self.assertTrue(sentences, "计算过程 shows nothing when opened")
        self.assertTrue(all(re.search(r"\d", s) for s in sentences), f"计算过程 without numbers: {sentences}")
        points = re.search(r"指标完成 (\d+(?:\.\d+)?)", summary.text)
        self.assertTrue(points and float(points.group(1)) > 0, f"the top unit scores nothing for 指标完成: {summary.text}")

        # A lower weight for 指标完成 lowers the top unit's score; putting it back restores it.
        weight = office.find("#w-attainment")
        self.assertIn("指标完成", office.find("label[for='w-attainment']").text)
        original = weight.get_attribute("value")
        lowered = str(int(float(original)) - 20)
        for value, check in ((lowered, lambda s: s < score), (original, lambda s: s == score)):
            field = office.find("#w-attainment")
            field.clear()
            field.send_keys(value)
            office.submit(office.find("#weights-form button[type=submit]"),
                          expect_path=rf"^/plans/{plan}/assessment\?done=edit", flash="修改已保存")
            self.assertEqual(office.find("#w-attainment").get_attribute("value"), value)
            now = score_of(office, unit_id)
            self.assertTrue(check(now), f"with 指标达到确保目标 = {value} the score went {score} → {now}")

    # ------------------------------------------------------------------------------------------
    def test_3_unit_calendar(self):
        """发改局's home links its report calendar; a calendar app can fetch it without signing in."""
        unit = self.other(UNIT())
        unit.get("/")
        link = unit.visible("#calendar-feed")
        self.assertIn("订阅报送日历", link.text)
        self.assertRegex(link.get_attribute("href"), r"/open/units/\d+/calendar\.ics$")
        status, headers, body = support.http_get(link.get_attribute("href"))
        self.assertEqual((status, headers.get_content_type()), (200, "text/calendar"))
        text = body.decode("utf-8")
        self.assertTrue(text.startswith("BEGIN:VCALENDAR"), text[:80])
        self.assertIn("X-WR-CALNAME:发改局", text)
        self.assertIn("BEGIN:VEVENT", text)
        self.assertTrue(text.rstrip().endswith("END:VCALENDAR"))

    # ------------------------------------------------------------------------------------------
    def test_4_city_view(self):
        """The city account compares 钟楼区 and 天宁区; a district office is refused."""
        admin = self.other(ADMIN())
        admin.follow(admin.find("header nav a[href='/city']"), expect_path=r"^/city$")
        self.assertIn("各区共同指标对比", admin.h1())
        section = next((s for s in admin.all("main section.card")
                        if s.find_element(By.TAG_NAME, "h2").text == "地区生产总值增长"), None)
        self.assertIsNotNone(section, "no 地区生产总值增长 comparison on /city")
        districts = [r.find_element(By.TAG_NAME, "td").text for r in section.find_elements(By.CSS_SELECTOR, "tbody tr")]
        self.assertTrue(any("钟楼区" in d for d in districts), districts)
        self.assertTrue(any("天宁区" in d for d in districts), districts)
        self.assertIn("6.5%", section.text)

        self.office.get("/city")
        self.assertFalse(self.office.exists("main h1") and "各区共同指标对比" in self.office.h1())
        self.assertIn("各区对比仅对市级账户开放", self.office.text("main"))

    # ------------------------------------------------------------------------------------------
    def test_5_visitor(self):
        """Not signed in: a 登录 link, and a task page without its reports."""
        visitor = self.other()
        visitor.get(f"/plans/{self.ids['plan']}")
        self.assertEqual(visitor.find("header a[href^='/login']").text, "登录")
        task = self.ids["task"]
        visitor.get(f"/tasks/{task}")
        self.assertIn("仅对登录用户显示", visitor.visible("#public-note").text)
        self.assertFalse(any(a.is_displayed() for a in visitor.all("article.report, #reports")), "a visitor sees reports")
        self.assertFalse(visitor.exists("#report-form, #urge-form, #instruct-form"), "a visitor sees a form")
        # 登录 from here signs in and comes back to the task.
        visitor.follow(visitor.find("header a[href^='/login']"), expect_path=r"^/login")
        acct = support.VIEWER()
        visitor.find("#username").send_keys(acct.username)
        visitor.find("#password").send_keys(acct.password)
        visitor.submit(visitor.find("#login"), expect_path=rf"^/tasks/{task}$")
        self.assertFalse(visitor.exists("#public-note"))

    def test_6_supervision_rules(self):
        """督办规则: yellow from one point behind 序时 lights more tasks yellow; put back, the board is as before."""
        office, plan = self.office, self.ids["plan"]
        office.get(f"/plans/{plan}")
        before = plan_counts(office)
        self.assertGreater(before["yellow"], 0, "the demo board has yellow lights to begin with")
        self.open_from_plan("督办规则", rf"^/plans/{plan}/rules$")
        self.assertIn("落后序时进度10个百分点亮黄灯、30个百分点亮红灯", office.text("#rules-summary"))
        office.screenshot("supervisor-supervision-rules")
        for yellow, check in (("1", lambda c: c["yellow"] > before["yellow"] and c["red"] == before["red"]), ("10", lambda c: c == before)):
            office.get(f"/plans/{plan}/rules")
            field = office.find("#rule-yellowGap")
            field.clear()
            field.send_keys(yellow)
            office.submit(office.find("#save-rules"), expect_path=rf"^/plans/{plan}/rules\?done=edit", flash="修改已保存")
            office.get(f"/plans/{plan}")
            now = plan_counts(office)
            self.assertTrue(check(now), f"黄灯 gap {yellow}: counts {before} → {now}")


def plan_counts(browser):
    """The plan page's light counts: {'red': 20, 'yellow': 7, ...}."""
    return {c.get_attribute("data-count"): int(c.find_element(By.TAG_NAME, "strong").text) for c in browser.all(".counts .count")}


def bulletin_counts(browser):
    """红黄绿灯统计 of the bulletin shown: {'绿灯': 66, ...}."""
    rows = browser.driver.find_elements(
        By.XPATH, "//article[@id='bulletin']/h2[.='红黄绿灯统计']/following-sibling::div[1]/table/tbody/tr")
    counts = {}
    for row in rows:
        cells = row.find_elements(By.TAG_NAME, "td")
        counts[cells[0].text.split()[0]] = int(cells[1].text)
    return counts


def score_of(browser, unit_id):
    return float(browser.find(f"#assessment tr[data-unit='{unit_id}'] td strong").text)


if __name__ == "__main__":
    unittest.main()
