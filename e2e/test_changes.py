"""延期申请, as a lead unit and the office use it.

1. 住建局's liaison opens its red task and applies for an extension to 2023-03, with a reason.
2. The office sees the application on the task page and approves it, granting 2023-02 instead.
3. The unit sees the decision, the task's new deadline is in its history, and it can no longer
   apply for another extension (the plan allows one).

Screenshots at desktop and phone width."""
import support
from selenium.webdriver.support.ui import Select
from support import DESKTOP, PHONE, SUPERVISOR, Browser

TASK = "60"  # led by 住建局


class Changes(support.OrderedSteps):
    @classmethod
    def setUpClass(cls):
        cls.unit = Browser(DESKTOP)
        cls.unit.login(support.account("单位联络员", "住建局"))
        cls.office = Browser(DESKTOP)
        cls.office.login(SUPERVISOR())

    @classmethod
    def tearDownClass(cls):
        cls.unit.quit()
        cls.office.quit()

    def test_1_the_unit_applies(self):
        b = self.unit
        b.get(f"/tasks/{TASK}")
        self.assertIn("最晚可于", b.text("#changes"))
        self.assertEqual(b.unlabelled_controls(), [])
        Select(b.find("#change-kind")).select_by_value("extension")
        b.driver.execute_script("document.getElementById('change-deadline').value = '2023-03'")
        b.find("#change-reason").send_keys("老旧小区居民协调耗时，部分项目须跨年完成")
        b.submit(b.find("#submit-change"), flash="申请已提交")
        self.assertIn("延期申请（待审批）", b.text("#change-list"))
        b.screenshot("desktop-change-applied")

    def test_2_the_office_grants_another_month(self):
        b = self.office
        b.get(f"/tasks/{TASK}")
        self.assertIn("申请延至2023-03", b.text("#change-list"))
        self.assertEqual(b.unlabelled_controls(), [])
        field = b.find("[id^=decide-deadline-]")
        b.driver.execute_script("arguments[0].value = '2023-02'", field)
        b.find("[id^=decide-note-]").send_keys("同意延至2月底")
        b.submit(b.find("[id^=approve-]"), flash="审批已保存")
        self.assertIn("批准延至2023-02", b.text("#change-list"))
        b.screenshot("desktop-change-approved")

    def test_3_the_unit_sees_the_decision(self):
        b = self.unit
        b.get(f"/tasks/{TASK}")
        listed = b.text("#change-list")
        self.assertIn("已同意", listed)
        self.assertIn("同意延至2月底", listed)
        self.assertIn("2023-02", b.text("#changes"))
        phone = Browser(PHONE, mobile=True)
        try:
            phone.login(support.account("单位联络员", "住建局"))
            phone.get(f"/tasks/{TASK}#changes")
            self.assertEqual(phone.horizontal_overflow(), 0)
            phone.screenshot("phone-change-decided")
        finally:
            phone.quit()
        # A second extension is refused with the plan's limit.
        Select(b.find("#change-kind")).select_by_value("extension")
        b.driver.execute_script("document.getElementById('change-deadline').value = '2023-06'")
        b.find("#change-reason").send_keys("再次申请")
        b.submit(b.find("#submit-change"))
        self.assertIn("达到本方案的上限", b.error_text())
