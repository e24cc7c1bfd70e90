"""退办/改派 and 免会签, as a lead unit and the office use them.

1. The office amends a task 住建局 leads (a clarified wording): 住建局 has received it again
   today, so its return window is open.
2. 住建局 applies to return it (退办), with a reason.
3. The office approves and reassigns it (改派) to 发改局: the task's lead unit changes, and the
   application shows where it went.
4. With 会签 on, 住建局 asks to report on its task without a cooperating unit's part (免会签); the
   office approves; the report form says the parts are waived and the report goes in. 会签 off again.

Screenshots at desktop and phone width."""
import json
import os
import tempfile

import support
from selenium.webdriver.support.ui import Select
from support import DESKTOP, PHONE, SUPERVISOR, Browser
from test_rules import set_rules_only
def my_led_tasks(browser):
    """The tasks the signed-in unit leads, as the API lists them with the browser's session."""
    status, _, body = browser.http_get("/api/v1/my/tasks")
    assert status == 200, status
    unit = browser.who.who
    return [row for row in json.loads(body) if any(u["name"] == unit for u in row["leadUnits"])]


class Returns(support.OrderedSteps):
    @classmethod
    def setUpClass(cls):
        cls.unit = Browser(DESKTOP)
        cls.unit.login(support.account("单位联络员", "住建局"))
        cls.office = Browser(DESKTOP)
        cls.office.login(SUPERVISOR())
        led = my_led_tasks(cls.unit)
        # One task with cooperating units for 会签, another to return.
        cls.co_signed = [str(t["id"]) for t in led if t["coopUnits"] and not any(u["name"].startswith("各") for u in t["coopUnits"])]
        cls.task = next(str(t["id"]) for t in reversed(led) if str(t["id"]) not in cls.co_signed[:3])

    @classmethod
    def tearDownClass(cls):
        cls.unit.quit()
        cls.office.quit()

    def test_1_the_office_amends_the_task(self):
        b = self.office
        b.get(f"/tasks/{self.task}")
        b.find("#amend-reason").send_keys("表述调整，责任单位不变")
        b.submit(b.find("#amend button[type=submit]"), flash="目标调整已保存")

    def test_2_the_unit_returns_it(self):
        b = self.unit
        b.get(f"/tasks/{self.task}")
        self.assertIn("申请退办", b.text("#return-window"))
        Select(b.find("#change-kind")).select_by_value("return")
        b.find("#change-reason").send_keys("该项属发改部门职责，本局无相应职能")
        # The evidence the unit attaches: the office's own 三定 document, as a PDF.
        path = os.path.join(tempfile.mkdtemp(), "三定方案节选.pdf")
        with open(path, "wb") as f:
            f.write(b"%PDF-1.4\n%%EOF\n")
        b.find("#change-files").send_keys(path)
        b.submit(b.find("#submit-change"), flash="申请已提交")
        self.assertIn("退办申请（待审批）", b.text("#change-list"))
        link = b.find("#change-list a[href*='/api/v1/change-request-files/']")
        self.assertEqual(link.text, "三定方案节选.pdf")
        self.assertEqual(b.fetch_status(link.get_attribute("href"))[0], 200)
        b.screenshot("desktop-return-applied")

    def test_3_the_office_reassigns_it(self):
        b = self.office
        b.get(f"/tasks/{self.task}")
        self.assertIn("该项属发改部门职责", b.text("#change-list"))
        self.assertEqual(b.unlabelled_controls(), [])
        b.find("[id^=decide-unit-]").send_keys("发改局")
        b.find("[id^=decide-note-]").send_keys("同意，改由发改局牵头")
        b.submit(b.find("[id^=approve-]"), flash="审批已保存")
        self.assertIn("已改派给发改局", b.text("#change-list"))
        self.assertIn("发改局", b.text("#standard"))
        b.screenshot("desktop-return-reassigned")
        phone = Browser(PHONE, mobile=True)
        try:
            phone.login(support.account("单位联络员", "住建局"))
            phone.get(f"/tasks/{self.task}#changes")
            self.assertIn("已改派给发改局", phone.text("#change-list"))
            self.assertEqual(phone.horizontal_overflow(), 0)
            phone.screenshot("phone-return-reassigned")
        finally:
            phone.quit()
        self.assertNotIn(self.task, [str(t["id"]) for t in my_led_tasks(self.unit)])

    def test_4_a_waiver_lets_the_lead_report_alone(self):
        set_rules_only(self.office, coSign=True)
        b = self.unit
        # A task whose cooperating units have not all sent this period's part.
        task = None
        for candidate in self.co_signed[:3]:
            b.get(f"/tasks/{candidate}")
            if b.exists("#co-sign") and "尚未报送本期部分的配合单位" in b.text("#co-sign"):
                task = candidate
                break
        self.assertIsNotNone(task, "no task of 住建局 waits for a cooperating unit's part")
        Select(b.find("#change-kind")).select_by_value("waive")
        b.find("#change-reason").send_keys("配合单位本月无相关工作量")
        b.submit(b.find("#submit-change"), flash="申请已提交")
        o = self.office
        o.get(f"/tasks/{task}")
        waiver = [li for li in o.all("#change-list li") if "免会签" in li.text and "待审批" in li.text]
        self.assertEqual(len(waiver), 1)
        o.find(f"#{waiver[0].get_attribute('id')} [id^=decide-note-]").send_keys("同意本期免会签")
        o.submit(o.find(f"#{waiver[0].get_attribute('id')} [id^=approve-]"), flash="审批已保存")
        b.get(f"/tasks/{task}")
        self.assertIn("免会签", b.text("#co-sign"))
        for field in b.all("#report-form input[id^='value-']"):
            field.send_keys("12")
        b.find("#narrative").send_keys("本期牵头单位单独报送（已同意免会签）")
        b.submit(b.find("#submit-report"), flash="报告已提交")
        b.screenshot("desktop-waiver-reported")
        set_rules_only(self.office, coSign=False)
