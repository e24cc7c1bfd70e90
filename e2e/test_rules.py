"""The office turns on two rules of its own, and a lead unit's report form follows them.

1. The office opens the plan's 督办规则 and turns on 红黄灯须说明 and 会签.
2. 住建局 opens its red task: the form says the light needs words, marks 存在问题 and 下步打算
   required, and lists which cooperating units have sent their part of the period.
3. The office turns both rules off again, as the demo had them.

Screenshots at desktop and phone width."""
import json

import support
from support import DESKTOP, PHONE, SUPERVISOR, Browser

TASK = "60"  # led by 住建局, red in the demo


def set_rules(browser, on):
    set_rules_only(browser, wordsWhenLit=on, coSign=on)


def set_rules_only(browser, **flags):
    """Turns the named rule boxes on or off on plan 1's 督办规则 page, leaving the rest."""
    browser.get("/plans/1/rules")
    for name, on in flags.items():
        box = browser.find(f"#rule-{name}")
        if box.is_selected() != on:
            box.click()
    browser.submit(browser.find("#save-rules"), flash="已保存")


class Rules(support.OrderedSteps):
    @classmethod
    def setUpClass(cls):
        cls.office = Browser(DESKTOP)
        cls.office.login(SUPERVISOR())

    @classmethod
    def tearDownClass(cls):
        cls.office.quit()

    def test_1_the_office_turns_the_rules_on(self):
        set_rules(self.office, True)
        self.assertTrue(self.office.find("#rule-wordsWhenLit").is_selected())
        self.assertTrue(self.office.find("#rule-coSign").is_selected())
        self.office.screenshot("desktop-rules")

    def test_2_the_lead_units_form_follows(self):
        phone = Browser(PHONE, mobile=True)
        try:
            phone.login(support.account("单位联络员", "住建局"))
            phone.get(f"/tasks/{TASK}")
            self.assertIn("必须填写", phone.text("#needs-words"))
            self.assertEqual(phone.find("#problems").get_attribute("required"), "true")
            self.assertEqual(phone.find("#next-steps").get_attribute("required"), "true")
            status, _, body = phone.http_get(f"/api/v1/tasks/{TASK}")
            self.assertEqual(status, 200)
            if json.loads(body)["task"]["coopUnits"]:
                self.assertIn("配合单位", phone.text("#co-sign"))
            self.assertEqual(phone.horizontal_overflow(), 0)
            phone.screenshot("phone-report-rules")
        finally:
            phone.quit()

    def test_3_the_office_turns_them_off_again(self):
        set_rules(self.office, False)
        self.assertFalse(self.office.find("#rule-coSign").is_selected())
