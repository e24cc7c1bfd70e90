"""Report once, at every level (issue 17): 常州市 above 钟楼区 and 天宁区 in the demo.

1. The city office passes a task down to 天宁 by hand, on 上下级对接.
2. 天宁's office confirms Duban's proposal that its 新增上市企业 task takes up the city's, and moves
   another proposal to the passed-down task it fits better.
3. The 天宁 unit that leads it reports once, on its own task; 天宁's office accepts it.
4. The city office opens its task and reads 天宁's part: the value just reported, the light and the
   roll-up, without the district reporting to the city a second time.
5. The burden meter counts 钟楼 财政局 as worked out by hand from the plan: (1) and (4) as a
   cooperating unit (its part: 1 field each), (6) 一般公共预算收入增长6% as lead (text + 1 figure),
   (17) and (87) qualitative as lead (text each): 5 tasks and 6 fields every month; (6) also answers
   the city's (2), so one report a month is read at both levels.
6. The city office gives the districts weights for a growth rate, which is never summed.

Screenshots at desktop and phone width."""
import json
import re

import support
from selenium.webdriver.common.by import By
from support import DESKTOP, PHONE, Browser

LISTED = "上市企业"


class Levels(support.OrderedSteps):
    @classmethod
    def setUpClass(cls):
        cls.city = Browser(DESKTOP)
        cls.city.login(support.level_account("cz", "督查室", "常州市督查室"))
        cls.district = Browser(DESKTOP)
        cls.district.login(support.level_account("tn", "督查室", "天宁区督查室"))

    @classmethod
    def tearDownClass(cls):
        for b in (cls.city, cls.district):
            b.quit()

    def test_1_city_passes_a_task_down(self):
        city = self.city
        city.get("/levels")
        self.assertEqual(city.h1(), "上下级任务对接")
        heads = [th.text for th in city.all("#passed-down thead th")]
        column = next(i for i, name in enumerate(heads) if "天宁" in name)
        button = None
        for row in city.all("#passed-down tbody tr"):
            cell = row.find_elements(By.TAG_NAME, "td")[column]
            forms = cell.find_elements(By.CSS_SELECTOR, "form[id^='pass-down-']")
            if forms:
                button, row_id = forms[0].find_element(By.TAG_NAME, "button"), row.get_attribute("id")
                break
        self.assertIsNotNone(button, "no city task is left to pass down to 天宁")
        city.screenshot("levels-city-desktop")
        city.submit(button, expect_path=r"^/levels\?done=pass-down", flash="已下达")
        cell = city.find(f"#{row_id}").find_elements(By.TAG_NAME, "td")[column]
        self.assertIn("已下达", cell.text)
        self.state["passed"] = row_id

    def test_2_district_confirms_a_proposed_link(self):
        district = self.district
        district.get("/levels")
        self.assertIn("常州市人民政府下达的任务", district.text("#handed-down"))
        # Read by cell: each row's move list names every passed-down task, 上市企业 included.
        def cells(r):
            return [td.text for td in r.find_elements(By.TAG_NAME, "td")]
        row = next(r for r in district.all("#links tbody tr")
                   if LISTED in cells(r)[0] and "同一指标" in cells(r)[2] and cells(r)[3] == "待确认")
        link = row.get_attribute("id").split("-")[1]
        child = int(row.find_element(By.CSS_SELECTOR, "a[href^='/tasks/']").get_attribute("href").rsplit("/", 1)[1])
        lead = row.find_element(By.CSS_SELECTOR, ".lead-units").text.split("：", 1)[1].split("、")[0]
        status, _, body = district.http_get(f"/api/v1/tasks/{child}")
        lead_id = next(u["id"] for u in json.loads(body)["task"]["leadUnits"] if u["name"] == lead)
        district.screenshot("levels-district-desktop")
        district.submit(district.find(f"#confirm-{link}"), expect_path=r"^/levels\?done=link-confirm", flash="已确认对接")
        self.assertIn("已对接", district.find(f"#link-{link}").text)
        self.assertFalse(district.exists(f"#confirm-{link}"), "a confirmed link can still be confirmed")
        self.state.update(child=child, lead=lead, lead_id=lead_id)

        # The office may also move a proposal to another passed-down task it knows fits better.
        other = next(r for r in district.all("#links tbody tr")
                     if r.get_attribute("id") != f"link-{link}" and cells(r)[3] == "待确认")
        other_id = other.get_attribute("id").split("-")[1]
        target = district.find(f"#move-to-{other_id} option").text
        district.submit(district.find(f"#move-{other_id} button[value=move]"), expect_path=r"^/levels\?done=link-move",
                        flash="已改为对接所选上级任务")
        moved = cells(district.find(f"#link-{other_id}"))
        self.assertEqual(moved[3], "已对接")
        self.assertTrue(moved[0].startswith(target.rstrip("…")[:12]), f"moved under {moved[0]!r}, chose {target!r}")

    def test_3_district_unit_reports_once(self):
        self.need("child", "lead", "lead_id")
        child, lead = self.state["child"], self.state["lead"]
        unit = Browser(DESKTOP)
        try:
            unit.login(support.level_unit_account("tn", self.state["lead_id"], lead))
            unit.get(f"/tasks/{child}")
            self.assertIn("承接的上级任务", unit.text("#levels"))
            unit.visible("#report-form")
            for field in unit.all("#report-form input[id^='value-']"):
                field.clear()
                field.send_keys("3")
            for css, words in (("#narrative", "新增上市企业3家，另有2家过会"), ("#problems", "后备企业规范化改制进度慢"),
                               ("#next-steps", "逐家对接券商")):
                if unit.exists(css):
                    unit.find(css).clear()
                    unit.find(css).send_keys(words)
            unit.submit(unit.find("#submit-report"), expect_path=rf"^/tasks/{child}\?done=report", flash="报告已提交")
            report = unit.find("#reports article.report[data-status='submitted']").get_attribute("id").split("-")[1]
        finally:
            unit.quit()
        district = self.district
        district.get(f"/tasks/{child}")
        district.submit(district.find(f"#review-{report} button[name=decision][value=accept]"),
                        expect_path=rf"^/tasks/{child}\?done=review", flash="审核已保存")
        self.state["report"] = report

    def test_4_city_reads_the_district_part(self):
        self.need("child", "report")
        child = self.state["child"]
        city = self.city
        # The city reads the district's task through the link, and the report on it.
        city.get(f"/tasks/{child}")
        self.assertIn("新增上市企业3家", city.text("#reports"))
        parent = int(city.find("#answers a[href^='/tasks/']").get_attribute("href").rsplit("/", 1)[1])
        city.get(f"/tasks/{parent}")
        parts = city.visible("#child-parts")
        row = city.find(f"#child-parts tr[id$='-{child}']")
        self.assertIn("天宁区", row.text)
        self.assertRegex(row.text, r"上市企业\S* 3家")
        roll = city.text("#roll-ups")
        self.assertIn(LISTED, roll)
        self.assertIn("各下级最新数值相加", roll)
        self.assertIsNotNone(parts)
        status, _, body = city.http_get(f"/api/v1/tasks/{parent}/child-parts")
        self.assertEqual(status, 200)
        data = json.loads(body)
        listed = next(r for r in data["rollUps"] if LISTED in r["metric"])
        values = [p["value"] for p in listed["parts"] if p.get("value") is not None]
        self.assertEqual(listed["total"], sum(values), "the roll-up is not the sum of the districts' latest values")
        city.screenshot("levels-city-task-desktop")
        phone = Browser(PHONE, mobile=True)
        try:
            phone.login(support.level_account("cz", "督查室", "常州市督查室"))
            phone.get(f"/tasks/{parent}")
            phone.visible("#child-parts")
            phone.screenshot("levels-city-task-phone")
        finally:
            phone.quit()
        # The district did not report to the city a second time: the city task's own reports are
        # its city bureau's, none of them the district's words.
        status, _, body = city.http_get(f"/api/v1/tasks/{parent}")
        self.assertFalse([r for r in json.loads(body)["reports"] if "新增上市企业3家" in r["narrative"]])

    def test_5_burden_counts_as_worked_by_hand(self):
        office = Browser(DESKTOP)
        try:
            office.login(support.SUPERVISOR())
            office.get("/burden")
            self.assertIn("报送负担", office.h1())
            status, _, body = office.http_get("/api/v1/governments/" + self.own_government(office) + "/burden")
            self.assertEqual(status, 200)
            units = {u["unit"]: u for u in json.loads(body)["units"]}
            finance = units["财政局"]
            self.assertEqual([m["month"] for m in finance["months"]], list(range(1, 13)))
            for month in finance["months"]:
                self.assertEqual((month["tasks"], month["fields"], month["reusedAcrossLevels"]), (5, 6, 1), f"{month['month']}月")
            row = office.find(f"#burden-unit-{finance['unitID']}")
            self.assertIn("1月 5/6/", row.text)
            office.screenshot("burden-desktop")
        finally:
            office.quit()

    def test_6_city_weighs_a_rate(self):
        """A growth rate is not summed: the city gives each district a weight, and the roll-up
        says it averages by the office's weights."""
        city = self.city
        city.get("/levels")
        row = next(r for r in city.all("#passed-down tbody tr") if "地区生产总值增长" in r.text)
        task = row.find_element(By.CSS_SELECTOR, "a[href^='/tasks/']").get_attribute("href").rsplit("/", 1)[1]
        city.get(f"/tasks/{task}")
        self.assertIn("不相加", city.text("#roll-ups"))
        fields = city.all("#weights-form input[id^='weight-']")
        self.assertTrue(fields, "no weight field for a rate the districts share")
        for index, field in enumerate(fields):
            field.clear()
            field.send_keys(str(index + 1))
        city.submit(city.find("#weights-submit"), expect_path=r"^/tasks/\d+\?done=weights", flash="权重已保存")
        self.assertIn("按督查室设定的权重加权平均", city.text("#roll-ups"))
        self.assertEqual(city.find("#weights-form input[id^='weight-']").get_attribute("value"), "1")

    @staticmethod
    def own_government(browser):
        status, _, body = browser.http_get("/api/v1/plans")
        return str(json.loads(body)[0]["governmentID"])
