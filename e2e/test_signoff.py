"""审签: a unit leader signs off the liaison's report before it reaches the office.

1. The office turns 审签 on for the government, on the accounts page.
2. 住建局's liaison reports on its red task: the report waits for the unit leader, and the office
   does not see it.
3. 住建局's leader (its signer account) finds it on the home page, tries to return it without a
   note (refused), then returns it with one.
4. The liaison sees why and reports again; the leader signs it.
5. The office sees the report, marked with who signed it, and turns 审签 off again.

Screenshots at desktop and phone width."""
import support
from support import DESKTOP, PHONE, SUPERVISOR, Account, Browser

TASK = "60"  # led by 住建局
FIRST = "老旧小区改造已开工12个，完成投资1.8亿元（初稿）"
SECOND = "老旧小区改造已开工12个，完成投资1.8亿元，居民签约率96%"


def signer():
    """The unit leader's account the demo makes beside each liaison: `zl-u1` → `zl-u1-s`."""
    liaison = support.account("单位联络员", "住建局")
    return Account(liaison.username + "-s", liaison.password, "单位联络员", "住建局")


def set_sign_off(browser, on):
    browser.get("/accounts")
    box = browser.find("#sign-off-required")
    if box.is_selected() != on:
        box.click()
    browser.submit(browser.find("#sign-off-save"), flash="审签设置已保存")


def report(browser, narrative, flash):
    browser.get(f"/tasks/{TASK}")
    browser.visible("#report-form")
    for field in browser.all("#report-form input[id^='value-']"):
        field.clear()
        field.send_keys("12")
    for css, words in (("#narrative", narrative), ("#problems", "部分居民意见不一"), ("#next-steps", "逐户上门协调")):
        if browser.exists(css):
            browser.find(css).clear()
            browser.find(css).send_keys(words)
    browser.submit(browser.find("#submit-report"), flash=flash)


class SignOff(support.OrderedSteps):
    @classmethod
    def setUpClass(cls):
        cls.office = Browser(DESKTOP)
        cls.office.login(SUPERVISOR())
        cls.unit = Browser(DESKTOP)
        cls.unit.login(support.account("单位联络员", "住建局"))
        cls.leader = Browser(DESKTOP)
        cls.leader.login(signer())

    @classmethod
    def tearDownClass(cls):
        for b in (cls.office, cls.unit, cls.leader):
            b.quit()

    def test_1_the_office_turns_sign_off_on(self):
        b = self.office
        set_sign_off(b, True)
        self.assertTrue(b.find("#sign-off-required").is_selected())
        row = [r.text for r in b.all("#accounts tr") if signer().username in r.text]
        self.assertEqual(len(row), 1)
        self.assertIn("审签人", row[0])
        self.assertEqual(b.unlabelled_controls(), [])
        b.screenshot("desktop-sign-off-setting")

    def test_2_the_liaisons_report_waits(self):
        report(self.unit, FIRST, flash="审签通过后报送督查室")
        self.assertIn("待审签", self.unit.text("#sign-off"))
        self.assertIn(FIRST, self.unit.text("#sign-off"))
        self.office.get(f"/tasks/{TASK}")
        self.assertNotIn(FIRST, self.office.text("#reports"))
        self.assertFalse(self.office.exists("#sign-off"))

    def test_3_the_leader_returns_it_with_a_note(self):
        b = self.leader
        b.get("/")
        self.assertIn("待我审签", b.text("#awaiting-sign-off"))
        b.follow(b.find("#awaiting-sign-off a"), expect_path=rf"^/tasks/{TASK}")
        self.assertIn(FIRST, b.text("#sign-off"))
        self.assertEqual(b.unlabelled_controls(), [])
        b.screenshot("desktop-sign-off-waiting")
        b.submit(b.find("[id^=sign-return-]"))
        self.assertIn("须写明审签意见", b.error_text())
        b.get(f"/tasks/{TASK}")
        b.find("[id^=sign-note-]").send_keys("投资额与住建统计口径不一致，请核实后再报")
        b.submit(b.find("[id^=sign-return-]"), flash="已退回联络员修改")
        self.assertIn("已退回修改", b.text("#sign-off"))

    def test_4_the_liaison_reports_again_and_the_leader_signs(self):
        u = self.unit
        u.get(f"/tasks/{TASK}")
        self.assertIn("投资额与住建统计口径不一致", u.text("#sign-off"))
        report(u, SECOND, flash="审签通过后报送督查室")
        b = self.leader
        b.get(f"/tasks/{TASK}")
        self.assertIn(SECOND, b.text("#sign-off"))
        phone = Browser(PHONE, mobile=True)
        try:
            phone.login(signer())
            phone.get(f"/tasks/{TASK}#sign-off")
            self.assertEqual(phone.horizontal_overflow(), 0)
            phone.screenshot("phone-sign-off-waiting")
        finally:
            phone.quit()
        b.submit(b.find("[id^=sign-ok-]"), flash="报告已报送督查室")
        self.assertIn("审签：住建局分管领导", b.text("#reports"))
        b.get("/")
        self.assertFalse(b.exists("#awaiting-sign-off"))

    def test_5_the_office_sees_who_signed(self):
        b = self.office
        b.get(f"/tasks/{TASK}")
        reports = b.text("#reports")
        self.assertIn(SECOND, reports)
        self.assertIn("审签：住建局分管领导", reports)
        self.assertNotIn(FIRST, reports)
        b.screenshot("desktop-sign-off-signed")
        set_sign_off(b, False)
        self.assertFalse(b.find("#sign-off-required").is_selected())
