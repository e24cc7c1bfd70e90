"""The whole cycle in the browser, as the 钟楼区 office, two units and a leader would do it.

1. the office imports a copy of the 2022 plan through /import and reads the preview;
2. it corrects a row the importer was unsure of (keyboard only) and maps a new unit name onto the directory;
3. it publishes the plan; the plan page and the home show their charts;
4. 发改局 signs for a task (签收) and reports August with an indicator value and an evidence file;
5. the office returns it with a reason; the unit sees the reason, corrects and resubmits; the office accepts;
6. the task's light and the dashboard counts change, and the task page draws its trajectory;
7. the office urges (催办) a late unit (科技局) and escalates it to a 督办单;
8. the leader (孙益锋), on a 390-pixel phone, sees the notice and writes an instruction (批示).

The demo clock stands at 2022-09-15, so the fresh copy's tasks are all overdue for August (red).
Expects a fresh database (run.sh makes one): step 2 types a unit name the directory does not know yet.
"""
import os
import re
import shutil
import unittest

from selenium.webdriver.common.by import By

import support
from support import Browser, OrderedSteps, PHONE, SAMPLES, SUPERVISOR, account, active, press, select_all, tab_until

UNIT = lambda: account("单位联络员", "发改局")
LATE_UNIT = lambda: account("单位联络员", "科技局")
LEADER = lambda: account("区领导", "孙益锋")

TASK_TEXT = "地区生产总值增长6.5%左右"      # led by 发改局, leader 孙益锋, indicator 6.5%
LATE_TEXT = "全社会研发投入占GDP比重达2.7%"  # led by 科技局, leader 孙益锋
RETURN_REASON = "地区生产总值增速与统计局季报口径不一致，请核对后重报"
FIRST_NARRATIVE = "1-8月全区地区生产总值增长3.2%，重点项目投资稳步推进。"
SECOND_NARRATIVE = "经与统计局核对，1-8月地区生产总值同比增长5.8%，已附统计快报。"
URGE_MESSAGE = "8月进展报告逾期未报，请于3日内报送并说明原因。"
INSTRUCTION = "请科技局本周内补报8月进展，说明研发投入统计口径，督查室跟踪落实。"
ESCALATE_NOTE = "请分管领导督促科技局限期补报。"

# The row corrected in the draft: the importer guessed its units (工信局, 各街道), so it is marked.
CORRECT_TEXT = "制造业投资增长10%以上"
CORRECTED_TEXT = "制造业投资增长12%以上，新开工亿元以上制造业项目20个。"
NEW_UNIT = "区工业和信息化局"   # not in the directory: shows under 新出现的单位
DIRECTORY_UNIT = "工信局"       # …and is then mapped onto this unit


def find_task_row(browser, text, lead_unit=None):
    """(task id, light) of the table row whose standard contains text (and lead unit, if given)."""
    for row in browser.all("table.tasks tbody tr[data-task]"):
        cells = row.find_elements(By.TAG_NAME, "td")
        joined = " ".join(c.get_attribute("textContent") for c in cells)
        if text in joined and (lead_unit is None or lead_unit in joined):
            return int(row.get_attribute("data-task")), row.get_attribute("data-light")
    raise AssertionError(f"no task row with {text!r} ({lead_unit}) on {browser.path()}")


def plan_summary(browser, plan_id):
    """The supervisor home's summary card of one plan: its heading text and light counts."""
    link = browser.find(f"section.plan-summary h2 a[href='/plans/{plan_id}']")
    card = link.find_element(By.XPATH, "./ancestor::section[1]")
    counts = {}
    for el in card.find_elements(By.CSS_SELECTOR, ".counts [data-count]"):
        counts[el.get_attribute("data-count")] = int(el.find_element(By.TAG_NAME, "strong").text)
    return card.find_element(By.TAG_NAME, "h2").text, counts


def chart_labels(browser, scope):
    """The aria-labels of the SVG charts (role=img) in scope; fails on a chart without a label."""
    labels = []
    for svg in browser.all(f"{scope} svg.chart"):
        # Each chart is drawn wide and narrow; the stylesheet shows the one for this width.
        if not svg.is_displayed():
            continue
        label = (svg.get_attribute("aria-label") or "").strip()
        assert svg.get_attribute("role") == "img" and label, f"a chart without role=img and a label on {browser.path()}"
        assert svg.size["width"] > 100 and svg.size["height"] > 30, f"a chart drawn {svg.size} on {browser.path()}"
        labels.append(label)
    return labels


class Cycle(OrderedSteps):
    state = {}

    @classmethod
    def setUpClass(cls):
        cls.tmp = support.temp_dir()
        cls.browsers = []

    @classmethod
    def tearDownClass(cls):
        for b in cls.browsers:
            b.quit()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    @classmethod
    def browser(cls, name, size=support.DESKTOP, mobile=False):
        """One browser per person, kept signed in across steps."""
        key = "browser:" + name
        if key not in cls.state:
            b = Browser(size, mobile)
            cls.browsers.append(b)
            cls.state[key] = b
        return cls.state[key]

    def office(self):
        b = self.browser("office")
        if b.who is None:
            b.login(SUPERVISOR())
        return b

    def unit(self):
        b = self.browser("unit")
        if b.who is None:
            b.login(UNIT())
        return b

    # ------------------------------------------------------------------------------------------
    def test_1_import_preview(self):
        """督查室 imports a copy of the plan through the web page and reads the preview."""
        office = self.office()
        office.get("/")
        self.assertEqual(office.h1(), "总体情况")
        plans_before = len(office.all("section.plan-summary"))
        self.state["queue_before"] = office.heading_count("review-queue")

        # The import page, reached from the navigation.
        office.follow(office.find("header nav a[href='/import']"), expect_path=r"^/import$")
        self.assertEqual(office.h1(), "导入方案")
        self.assertIn("常州市钟楼区人民政府", office.text("#government"))
        upload = os.path.join(self.tmp, "zhonglou-2022-e2e.txt")
        shutil.copy(os.path.join(SAMPLES, "zhonglou-2022.txt"), upload)
        office.find("#file").send_keys(upload)
        office.submit(office.find("#upload"), expect_path=r"^/plans/\d+$")
        plan_id = int(re.search(r"/plans/(\d+)", office.path()).group(1))
        self.state["plan"] = plan_id

        # The preview: a draft with all 107 rows, what the importer found, and the publish button.
        self.assertIn("主要目标任务责任分解表", office.h1())
        meta = office.text("main > p.muted")
        self.assertIn("2022", meta)
        self.assertIn("草稿", meta)
        self.assertIn("107 项任务", meta)
        draft = office.visible("#draft")
        self.assertIn("导入提示", draft.text)
        self.assertIn("检查发现", draft.text)
        findings = [li.text for li in office.all("#draft ul li")]
        self.assertTrue(findings, "the preview lists no findings")
        self.assertTrue(any("没有牵头单位" in f for f in findings), findings)
        self.assertTrue(any("没有分管领导" in f for f in findings), findings)
        self.assertTrue(any("需要人工指定具体单位" in f for f in findings), findings)
        self.assertEqual(sum(office.counts().values()), 107)
        self.assertEqual(len(office.all("table.tasks tbody tr[data-task]")), 107)
        with self.subTest("the importer's hints are listed, each row warning linked to its row"):
            hints = office.all("#import-warnings li")
            self.assertTrue(hints, "“导入提示” lists nothing")
            self.assertIn("请确认", draft.text, "the preview does not show the importer's row warnings")
            links = office.all("#import-warnings li a[href^='#task-']")
            self.assertTrue(links, "no row warning links to its row")
            more = re.search(r"另有 (\d+) 条需确认的提示", draft.text)
            in_table = len(office.all("table.tasks tr.needs-check p.warn"))
            if more:
                self.assertEqual(len(links) + int(more.group(1)), in_table, "listed + 另有 N ≠ warnings in the table")
            else:
                self.assertEqual(len(links), in_table)
        with self.subTest("rows with row warnings are marked, with the warning and a 修改 link"):
            marked = office.all("table.tasks tr.needs-check")
            self.assertTrue(marked, "no row is marked tr.needs-check")
            for row in marked[:5]:
                self.assertIn("⚠", row.find_element(By.CSS_SELECTOR, "p.warn").text)
                self.assertEqual(row.find_element(By.CSS_SELECTOR, "a.edit").text, "修改")

        # Two tasks used later: one for 发改局 to report, one whose unit (科技局) is late.
        self.state["task"], light = find_task_row(office, TASK_TEXT, "发改局")
        self.state["late_task"], _ = find_task_row(office, LATE_TEXT, "科技局")
        self.state["draft_task_ids"] = [int(r.get_attribute("data-task")) for r in office.all("table.tasks tbody tr[data-task]")]
        self.state["plans_before"] = plans_before

        # A unit must not see a draft: its home lists only published tasks.
        with self.subTest("a unit does not see the tasks of a draft plan"):
            unit = self.unit()
            unit.get("/")
            leaked = [a.get_attribute("href") for a in unit.all("main a[href^='/tasks/']")
                      if int(a.get_attribute("href").rsplit("/", 1)[1].split("#")[0]) in self.state["draft_task_ids"]]
            self.assertEqual(leaked, [], "draft tasks shown to 发改局 before publishing")
            unit.get(f"/tasks/{self.state['task']}")
            self.assertNotIn("提交进展报告", unit.text("main"), "the unit can open and report on a draft task")

    # ------------------------------------------------------------------------------------------
    def test_2_correct_draft(self):
        """The office corrects a marked row with the keyboard alone and maps a new unit name onto the directory."""
        self.need("plan")
        plan_id = self.state["plan"]
        office = self.office()
        office.get(f"/plans/{plan_id}")
        row = next((r for r in office.all("table.tasks tr.needs-check") if CORRECT_TEXT in r.text), None)
        self.assertIsNotNone(row, f"the row “{CORRECT_TEXT}” is not marked as needing a check")
        task = int(row.get_attribute("data-task"))
        self.assertIn("工信局", row.find_element(By.CSS_SELECTOR, "p.warn").text)
        office.follow(row.find_element(By.CSS_SELECTOR, "a.edit"), expect_path=rf"^/tasks/{task}/edit$")

        # The edit form: the row's warnings, then its fields, all labelled.
        self.assertIn("修改任务", office.h1())
        self.assertIn("请确认", office.text("ul.warn-list"))
        self.assertEqual(office.find("label[for='text']").text, "工作标准")
        self.assertIn(CORRECT_TEXT, office.find("#text").get_attribute("value"))
        self.assertEqual(office.find("#lead-units").get_attribute("value"), "工信局")
        self.assertEqual(office.unlabelled_controls(), [])

        # Keyboard only: TAB to 工作标准, replace it; TAB to 牵头单位, replace it; TAB to 保存修改, ENTER.
        tab_until(office, lambda el: el.get_attribute("id") == "text")
        select_all(office)
        press(office, CORRECTED_TEXT)
        tab_until(office, lambda el: el.get_attribute("id") == "lead-units", limit=3)
        select_all(office)
        press(office, NEW_UNIT)
        tab_until(office, lambda el: el.get_attribute("id") == "save-task", limit=4)
        self.assertEqual(active(office).text, "保存修改")
        support.press_enter_and_wait(office)
        self.assertRegex(office.path(), rf"^/plans/{plan_id}\?done=edit")
        self.assertIn("修改已保存", office.text("p.flash[role=status]"))

        # The plan shows the new wording and unit; the row's doubts are answered.
        row = office.find(f"#task-{task}")
        self.assertIn(CORRECTED_TEXT, row.text)
        # textContent: a lead unit shared with the row above is drawn in the merged cell above.
        self.assertIn(NEW_UNIT, row.find_element(By.CSS_SELECTOR, "td[data-label='牵头单位']").get_attribute("textContent"))
        self.assertNotIn("needs-check", row.get_attribute("class") or "")

        # The unknown name waits under 新出现的单位; mapped onto 工信局, it leaves the panel.
        panel = office.visible("#unit-mapping")
        self.assertIn("新出现的单位", panel.text)
        label = next((l for l in panel.find_elements(By.TAG_NAME, "label") if NEW_UNIT in l.text), None)
        self.assertIsNotNone(label, f"“{NEW_UNIT}” is not under 新出现的单位: {panel.text}")
        select = f"#{label.get_attribute('for')}"
        office.select_by_text(select, DIRECTORY_UNIT)
        form = office.find(select).find_element(By.XPATH, "./ancestor::form[1]")
        office.submit(form.find_element(By.CSS_SELECTOR, "button[type=submit]"),
                      expect_path=rf"^/plans/{plan_id}\?done=map", flash="已并入名录中的单位")
        self.assertNotIn(NEW_UNIT, office.text("#draft"), "the mapped name is still under 新出现的单位")
        lead = office.find(f"#task-{task} td[data-label='牵头单位']").get_attribute("textContent")
        self.assertEqual(lead, DIRECTORY_UNIT)
        self.state["corrected_task"] = task

    # ------------------------------------------------------------------------------------------
    def test_3_publish(self):
        """The office publishes the corrected draft; the plan page and the home show its charts."""
        self.need("plan", "plans_before")
        plan_id = self.state["plan"]
        office = self.office()
        office.get(f"/plans/{plan_id}")

        # Rows the importer carried down or that name no one in particular block publishing.
        with self.subTest("publishing waits for the rows in doubt"):
            pending = office.visible("#confirmation-pending").text
            count = int(re.search(r"(\d+)项任务的责任分工", pending).group(1))
            self.assertEqual(count, len(office.all("table.tasks tr.needs-check")), pending)
            office.submit(office.find("#publish"))
            self.assertIn("待确认", office.error_text())
            office.get(f"/plans/{plan_id}")
            self.assertIn("草稿", office.text("main > p.muted"))
        # One row confirmed by itself, the rest in bulk with the office's reason.
        first = office.all("table.tasks tr.needs-check")[0]
        first_id = first.get_attribute("data-task")
        office.submit(first.find_element(By.CSS_SELECTOR, "form.confirm-row button"),
                      expect_path=rf"^/plans/{plan_id}\?done=confirm", flash="已确认")
        self.assertNotIn("needs-check", office.find(f"#task-{first_id}").get_attribute("class") or "")
        office.find("#confirmation").location_once_scrolled_into_view
        office.screenshot("desktop-confirm-before-publish", full_page=False)
        office.find("#confirm-reason").send_keys("已与盖章原件逐行核对，分工无误")
        office.submit(office.find("#confirm-all"), expect_path=rf"^/plans/{plan_id}\?done=confirm", flash="已确认")
        self.assertFalse(office.exists("#confirmation"), "the confirmation step is still shown with nothing left")
        self.assertEqual(office.all("table.tasks tr.needs-check"), [])
        office.submit(office.find("#publish"), expect_path=rf"^/plans/{plan_id}\?done=publish", flash="方案已发布")
        self.assertIn("已发布", office.text("main > p.muted"))
        self.assertFalse(office.exists("#draft"), "the draft panel is still shown after publishing")
        self.assertFalse(office.exists("#publish"))
        counts = office.counts()
        self.assertEqual(sum(counts.values()), 107)
        self.assertEqual(counts["red"], 107, f"on 2022-09-15 every new task is overdue for August: {counts}")
        task_id, light = find_task_row(office, TASK_TEXT, "发改局")
        self.assertEqual(light, "red")
        if "corrected_task" in self.state:
            self.assertEqual(find_task_row(office, CORRECTED_TEXT, DIRECTORY_UNIT)[0], self.state["corrected_task"])
        charts = chart_labels(office, "main")
        self.assertEqual(len(charts), 1, f"the plan page should draw one chart: {charts}")
        self.assertRegex(charts[0], r"\d+ 个部分的任务按红黄绿灯统计")
        self.assertIn("各部分红黄绿灯", office.text("figure.chart-figure figcaption"))

        # The office's home now has one more plan, published, counted, with its two charts.
        office.get("/")
        self.assertEqual(len(office.all("section.plan-summary")), self.state["plans_before"] + 1)
        heading, summary = plan_summary(office, plan_id)
        self.assertIn("已发布", heading)
        self.assertIn("107 项任务", heading)
        self.state["summary_before"] = summary
        card = office.find(f"section.plan-summary h2 a[href='/plans/{plan_id}']").find_element(By.XPATH, "./ancestor::section[1]")
        labels = [svg.get_attribute("aria-label") for svg in card.find_elements(By.CSS_SELECTOR, "svg.chart[role=img]") if svg.is_displayed()]
        # A plan just published has no unit on track yet: lights by section, but no league table.
        self.assertEqual(len(labels), 1, labels)
        self.assertRegex(labels[0], r"\d+ 个部分的任务按红黄绿灯统计")

    # ------------------------------------------------------------------------------------------
    def test_4_unit_acknowledges_and_reports(self):
        """发改局 signs for the task and reports August with a value and a PNG."""
        self.need("plan", "task")
        task = self.state["task"]
        unit = self.unit()
        unit.get("/")
        self.assertEqual(unit.h1(), "我的任务")
        self.assertIn("发改局", unit.text("header .who"))
        self.state["unit_counts_before"] = unit.counts()
        self.assertTrue(unit.exists(f"#led a[href='/tasks/{task}']"), "the new task is not under 牵头 on the unit's home")
        self.assertTrue(unit.exists(f"#due a[href='/tasks/{task}']"), "the overdue task is not under 本期应报")
        unit.follow(unit.find(f"#led a[href='/tasks/{task}']"), expect_path=rf"^/tasks/{task}$")

        # The task page as the unit sees it.
        self.assertIn(TASK_TEXT, unit.h1())
        status = unit.text("#standard p.status")
        self.assertIn("红灯", status)
        self.assertIn("8月报告逾期未报", status)
        self.assertIn("未签收", unit.text("#standard dl"))
        self.assertIn("地区生产总值增长", unit.text("table.indicators"))
        self.assertFalse(unit.exists("form[action^='/reports/']"), "a unit sees the review form")
        self.assertFalse(unit.exists("#urge-form"), "a unit sees the urge form")
        self.assertFalse(unit.exists("#instruct-form"), "a unit sees the instruction form")

        # 签收.
        unit.submit(unit.find("#acknowledge"), expect_path=rf"^/tasks/{task}\?done=ack", flash="已签收")
        self.assertIn("已签收", unit.text("#standard dl"))
        self.assertFalse(unit.exists("#acknowledge"), "the 签收 button is still there after signing")
        audit = unit.text("#audit")
        self.assertIn("发改局联络员", audit)
        with self.subTest("操作记录 names the action in Chinese"):
            self.assertIn("发改局联络员 签收", audit)
            self.assertNotIn("task.acknowledge", audit)

        # The report form: August is preselected, the indicator has a labelled field.
        form = unit.visible("#report-form")
        self.assertIn("提交进展报告", form.text)
        period = unit.find("#period")
        self.assertEqual(period.find_element(By.CSS_SELECTOR, "option:checked").text, "2022年8月")
        value = unit.find("#report-form input[id^='value-']")
        label = unit.find(f"label[for='{value.get_attribute('id')}']").text
        self.assertIn("地区生产总值增长", label)
        self.assertIn("6.5%", label)
        value.send_keys("3.2")
        unit.find("#narrative").send_keys(FIRST_NARRATIVE)
        unit.find("#problems").send_keys("部分规上企业产值回落。")
        unit.find("#next-steps").send_keys("加强重点企业运行监测。")
        png = support.make_png(os.path.join(self.tmp, "8月统计快报.png"))
        unit.find("#files").send_keys(png)
        unit.submit(unit.find("#submit-report"), expect_path=rf"^/tasks/{task}\?done=report", flash="报告已提交")

        report = unit.find("#reports article.report[data-status='submitted']")
        report_id = int(report.get_attribute("id").split("-")[1])
        self.state["report1"] = report_id
        head = report.find_element(By.TAG_NAME, "h3").text
        for part in ("2022年8月", "发改局", "第1版", "待审核", "补报"):
            self.assertIn(part, head)
        self.assertIn(FIRST_NARRATIVE, report.text)
        self.assertIn("存在问题：部分规上企业产值回落。", report.text)
        self.assertIn("下步打算：加强重点企业运行监测。", report.text)
        links = report.find_elements(By.CSS_SELECTOR, "a[href^='/api/v1/evidence/']")
        self.assertEqual([a.text for a in links], ["8月统计快报.png"])
        status, ctype, size = unit.fetch_status(links[0].get_attribute("href"))
        self.assertEqual((status, ctype.split(";")[0]), (200, "image/png"))
        self.assertEqual(size, os.path.getsize(png))
        with self.subTest("the indicator value typed with a file attached is saved"):
            self.assertIn("地区生产总值增长：3.2%", report.text, "the report does not show the value 3.2 entered")

    # ------------------------------------------------------------------------------------------
    def test_5_return_resubmit_accept(self):
        """The office returns the report with a reason; the unit corrects it; the office accepts."""
        self.need("task", "report1", "queue_before")
        task, report1 = self.state["task"], self.state["report1"]
        office = self.office()
        office.get("/")
        queue = office.heading_count("review-queue")
        self.assertEqual(queue, self.state["queue_before"] + 1, "the report did not join 待审核报告")
        office.follow(office.find(f"#review-queue a[href='/tasks/{task}#report-{report1}']"), expect_path=rf"^/tasks/{task}#")

        # Returning needs a reason.
        article = office.find(f"#report-{report1}")
        self.assertIn("待审核", article.find_element(By.TAG_NAME, "h3").text)
        with self.subTest("returning without a reason is refused"):
            office.submit(office.find(f"#review-{report1} button[name=decision][value=return]"))
            self.assertNotIn("done=review", office.path(), "a report was returned without a reason")
            self.assertIn("理由", office.error_text())
            office.get(f"/tasks/{task}")
        office.find(f"#reason-{report1}").send_keys(RETURN_REASON)
        office.submit(office.find(f"#review-{report1} button[name=decision][value=return]"),
                      expect_path=rf"^/tasks/{task}\?done=review", flash="审核已保存")
        article = office.find(f"#report-{report1}")
        self.assertEqual(article.get_attribute("data-status"), "returned")
        self.assertIn("已退回", article.find_element(By.TAG_NAME, "h3").text)
        self.assertIn(f"退回理由：{RETURN_REASON}", article.text)
        self.assertFalse(office.exists(f"#review-{report1}"), "a returned report can still be reviewed")
        office.get("/")
        self.assertEqual(office.heading_count("review-queue"), self.state["queue_before"])

        # The unit sees the returned report and the reason on its home and on the task.
        unit = self.unit()
        unit.get("/")
        returned = unit.visible("#returned")
        self.assertIn("被退回的报告", returned.text)
        item = unit.find(f"#returned a[href='/tasks/{task}#report-{report1}']")
        self.assertIn(f"退回理由：{RETURN_REASON}", item.find_element(By.XPATH, "./ancestor::li[1]").text)
        unit.follow(item, expect_path=rf"^/tasks/{task}#report-{report1}$")
        article = unit.find(f"#report-{report1}")
        self.assertIn("已退回", article.text)
        self.assertIn(f"退回理由：{RETURN_REASON}", article.text)

        # Correct and resubmit, with a PDF this time.
        unit.find("#report-form input[id^='value-']").send_keys("5.8")
        unit.find("#narrative").send_keys(SECOND_NARRATIVE)
        pdf = support.make_pdf(os.path.join(self.tmp, "统计快报-8月.pdf"))
        unit.find("#files").send_keys(pdf)
        unit.submit(unit.find("#submit-report"), expect_path=rf"^/tasks/{task}\?done=report", flash="报告已提交")
        second = unit.find("#reports article.report[data-status='submitted']")
        report2 = int(second.get_attribute("id").split("-")[1])
        self.state["report2"] = report2
        self.assertNotEqual(report2, report1)
        self.assertIn("第2版", second.find_element(By.TAG_NAME, "h3").text)
        self.assertIn(SECOND_NARRATIVE, second.text)
        self.assertEqual([a.text for a in second.find_elements(By.CSS_SELECTOR, "a[href^='/api/v1/evidence/']")],
                         ["统计快报-8月.pdf"])
        status, ctype, _ = unit.fetch_status(second.find_element(By.CSS_SELECTOR, "a[href^='/api/v1/evidence/']").get_attribute("href"))
        self.assertEqual((status, ctype.split(";")[0]), (200, "application/pdf"))
        # Nothing is overwritten: the returned version stays, with its reason.
        first = unit.find(f"#report-{report1}")
        self.assertEqual(first.get_attribute("data-status"), "returned")
        self.assertIn(RETURN_REASON, first.text)

        # The office accepts the corrected version.
        office.get("/")
        self.assertEqual(office.heading_count("review-queue"), self.state["queue_before"] + 1)
        office.follow(office.find(f"#review-queue a[href='/tasks/{task}#report-{report2}']"), expect_path=rf"^/tasks/{task}#")
        office.submit(office.find(f"#review-{report2} button[name=decision][value=accept]"),
                      expect_path=rf"^/tasks/{task}\?done=review", flash="审核已保存")
        accepted = office.find(f"#report-{report2}")
        self.assertEqual(accepted.get_attribute("data-status"), "accepted")
        self.assertIn("已通过", accepted.find_element(By.TAG_NAME, "h3").text)
        self.state["accepted"] = True

        # The unit is told, and the corrected report no longer waits for it.
        unit.get("/notifications")
        self.assertIn("退回", unit.text("main"))
        with self.subTest("a returned report, corrected and accepted, leaves 被退回的报告"):
            unit.get("/")
            self.assertFalse(unit.exists(f"#returned a[href='/tasks/{task}#report-{report1}']"),
                             "the unit's home still lists the corrected report as returned (needs action)")

    # ------------------------------------------------------------------------------------------
    def test_6_light_and_counts_change(self):
        """After the accepted (late) report the task is no longer red; the dashboards move with it."""
        self.need("plan", "task", "accepted", "summary_before")
        plan, task = self.state["plan"], self.state["task"]
        office = self.office()
        office.get(f"/tasks/{task}")
        status = office.text("#standard p.status")
        self.assertNotIn("红灯", status)
        self.assertIn("黄灯", status)
        self.assertIn("8月报告为补报", status)
        # A growth rate is judged as it stands, 5.8% against 6.5%左右, not prorated like a count.
        self.assertIn("地区生产总值增长5.8%，低于目标6.5%", status)
        self.assertIn("已签收", office.text("#standard dl"))
        self.assertIn("不按序时进度折算", office.text("#judged-as-it-stands"))
        self.assertFalse(office.exists("#trajectory"), "a rate has no 序时 line to be charted against")

        office.get(f"/plans/{plan}")
        _, light = find_task_row(office, TASK_TEXT, "发改局")
        self.assertEqual(light, "yellow")
        office.get("/")
        _, after = plan_summary(office, plan)
        before = self.state["summary_before"]
        self.assertEqual(after["red"], before["red"] - 1, f"red count {before} -> {after}")
        self.assertEqual(after["yellow"], before["yellow"] + 1, f"yellow count {before} -> {after}")
        self.assertEqual(office.heading_count("review-queue"), self.state["queue_before"])

        unit = self.unit()
        unit.get("/")
        ub, ua = self.state["unit_counts_before"], unit.counts()
        self.assertEqual((ua["red"], ua["yellow"]), (ub["red"] - 1, ub["yellow"] + 1), f"unit counts {ub} -> {ua}")

    # ------------------------------------------------------------------------------------------
    def test_7_office_urges_late_unit(self):
        """The office urges 科技局, whose August report is overdue, and escalates it to a 督办单."""
        self.need("late_task")
        task = self.state["late_task"]
        office = self.office()
        office.get("/")
        open_before = office.heading_count("open-urgings")
        office.get(f"/tasks/{task}")
        self.assertIn(LATE_TEXT, office.h1())
        self.assertIn("红灯", office.text("#standard p.status"))
        self.assertIn("逾期未报", office.text("#standard p.status"))
        office.find("#urge-message").send_keys(URGE_MESSAGE)
        self.assertEqual(office.select_by_text("#urge-unit", "科技局"), "科技局")
        # 回复期限: a date field, by default three working days on (Thursday 15 September → Friday,
        # Monday, Tuesday 20th); set here to the 21st.
        self.assertEqual(office.find("label[for='urge-reply-by']").text, "回复期限")
        reply_by = office.find("#urge-form input#urge-reply-by[type=date][name=replyBy]")
        self.assertEqual(reply_by.get_attribute("value"), "2022-09-20")
        office.driver.execute_script("arguments[0].value = '2022-09-21'", reply_by)
        office.submit(office.find("#urge-form button[type=submit]"), expect_path=rf"^/tasks/{task}\?done=urge", flash="催办已发出")
        urging = office.find("#urgings article.urging")
        urging_id = int(urging.get_attribute("id").split("-")[1])
        self.state["urging"] = urging_id
        self.assertIn(f"催办 → 科技局：{URGE_MESSAGE}", urging.text)
        self.assertIn("回复期限 2022-09-21", urging.text)
        sent = re.search(r"(\d{4}-\d{2}-\d{2}) \d{2}:\d{2} · 回复期限", urging.text)
        self.assertTrue(sent, urging.text)
        self.state["today"] = sent.group(1)  # the application's date (the demo clock)
        office.get("/")
        self.assertEqual(office.heading_count("open-urgings"), open_before + 1)
        self.assertTrue(office.exists(f"#open-urgings a[href='/tasks/{task}#urging-{urging_id}']"))

        # 科技局 sees the urging on its home and in its notifications.
        late = self.browser("late-unit")
        late.login(LATE_UNIT())
        late.get("/")
        self.assertIn("待回复的催办", late.text("#urgings-to-answer h2"))
        self.assertTrue(late.exists(f"#urgings-to-answer a[href='/tasks/{task}#urging-{urging_id}']"))
        late.get("/notifications")
        self.assertIn("催办：", late.text("main"))
        self.assertIn(URGE_MESSAGE, late.text("main"))
        late.get(f"/tasks/{task}")
        self.assertTrue(late.exists(f"#answer-{urging_id}"), "the urged unit has no form to answer")

        # No answer: the office escalates it to a 督办单 that the leader sees.
        office.get(f"/tasks/{task}")
        escalate = office.find(f"form[action='/urgings/{urging_id}/escalate']")
        note = escalate.find_element(By.CSS_SELECTOR, f"textarea#escalate-note-{urging_id}[name=note]")
        self.assertEqual(office.find(f"label[for='escalate-note-{urging_id}']").text, "督办意见")
        note.send_keys(ESCALATE_NOTE)
        office.submit(escalate.find_element(By.TAG_NAME, "button"),
                      expect_path=rf"^/tasks/{task}\?done=escalate", flash="已升级为督办单")
        article = office.find(f"#urging-{urging_id}")
        self.assertIn("督办单", article.find_element(By.TAG_NAME, "strong").text)
        self.assertFalse(office.exists(f"form[action='/urgings/{urging_id}/escalate']"))
        self.state["escalated"] = True

    # ------------------------------------------------------------------------------------------
    def test_8_leader_on_phone_reads_notice_and_instructs(self):
        """孙益锋 on a 390-pixel phone sees the 督办单, opens the task and writes a 批示."""
        self.need("late_task", "urging", "escalated")
        task, urging = self.state["late_task"], self.state["urging"]
        leader = self.browser("leader", PHONE, mobile=True)
        leader.login(LEADER())
        self.assertEqual(leader.driver.execute_script("return window.innerWidth"), 390)
        leader.get("/")
        self.assertEqual(leader.h1(), "我的任务")
        self.assertLessEqual(leader.horizontal_overflow(), 0, "the leader's home scrolls sideways on a phone")
        notices = leader.visible("#notices")
        self.assertIn("督办单", notices.find_element(By.TAG_NAME, "h2").text)
        self.assertGreaterEqual(leader.heading_count("notices"), 1)
        item = leader.find(f"#notices li[data-urging='{urging}']")
        self.assertIn("科技局", item.text)
        self.assertIn(URGE_MESSAGE, item.text)

        # The notification, unread, then read.
        leader.follow(leader.find("header nav a[href='/notifications']"), expect_path=r"^/notifications$")
        unread = [li.text for li in leader.all("main li.unread")]
        self.assertTrue(any("督办单：" in t and "全社会研发投入" in t for t in unread), unread)
        self.assertTrue(any("【未读】" in t for t in unread), unread)
        with self.subTest("the 督办单 notification carries the 督办意见"):
            self.assertTrue(any(ESCALATE_NOTE in t for t in unread if "全社会研发投入" in t), unread)
        with self.subTest("notifications are dated by the application clock (the demo's 2022-09-15)"):
            today = self.state.get("today", "2022-09-15")
            self.assertTrue(any(today in t for t in unread if "全社会研发投入" in t),
                            f"the 督办单 notification is not dated {today}: {unread}")
        # Showing the list writes nothing; the reader marks them read.
        leader.get("/notifications")
        self.assertTrue(any("全社会研发投入" in li.text for li in leader.all("main li.unread")),
                        "showing the list marked the notification read (a GET must not write)")
        leader.follow(leader.find("#mark-read button"), expect_path=r"^/notifications$")
        self.assertFalse(any("全社会研发投入" in li.text for li in leader.all("main li.unread")),
                         "the notification stays unread after 全部标为已读")

        # Open the task from the notice and write the instruction.
        leader.get("/")
        leader.follow(leader.find(f"#notices li[data-urging='{urging}'] a"), expect_path=rf"^/tasks/{task}#urging-{urging}$")
        self.assertLessEqual(leader.horizontal_overflow(), 0, "the task page scrolls sideways on a phone")
        self.assertIn("督办单", leader.text(f"#urging-{urging}"))
        box = leader.visible("#instruction-text")
        self.assertEqual(leader.find("label[for='instruction-text']").text, "批示内容")
        box.send_keys(INSTRUCTION)
        leader.submit(leader.find("#instruct-form button[type=submit]"),
                      expect_path=rf"^/tasks/{task}\?done=instruct", flash="批示已保存")
        self.assertIn(f"孙益锋：{INSTRUCTION}", leader.text("#instructions"))

        # The instruction shows on the task page for the office and the unit too.
        office = self.office()
        office.get(f"/tasks/{task}")
        self.assertIn(f"孙益锋：{INSTRUCTION}", office.text("#instructions"))
        late = self.browser("late-unit")
        late.get(f"/tasks/{task}")
        self.assertIn(INSTRUCTION, late.text("#instructions"))
        late.get("/notifications")
        self.assertIn("领导批示：", late.text("main"))


if __name__ == "__main__":
    unittest.main()
