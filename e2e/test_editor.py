"""The plan editor and the directory, in a real browser.

1. The office drafts a plan from nothing: title, year and two sections, then a row in each
   section, typed in the order the clerk thinks of them; the table prints them in the sections' order.
2. It splits a row at its "；", moves one part down into the next section, merges it there with the
   row below (a confirm dialog), and publishes: the published plan has the rows as arranged.
3. It keeps the directory: a new unit, renamed (the old name becomes its alias), an alias added,
   a leader added; a liaison sees the directory without any of these forms.
4. Screenshots of the editor's pages at desktop and phone width.

Runs after test_products and before test_screenshots: it leaves a published 2023 plan behind."""
import unittest

import support
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from support import DESKTOP, PHONE, SUPERVISOR, Browser, OrderedSteps, account

TITLE = "2023年重点工作任务（空白起草）"
ROW_ONE = "新增高新技术企业100家；新建口袋公园5个"
ROW_TWO = "完成老旧小区改造10个"


def rows(browser):
    """(task id, section heading, standard text) of the plan table, in printed order."""
    out, section = [], None
    for tr in browser.all("table.tasks tbody tr"):
        if "section-row" in (tr.get_attribute("class") or ""):
            section = tr.get_attribute("textContent").strip()
        elif tr.get_attribute("data-task"):
            text = tr.find_element(By.CSS_SELECTOR, "td[data-label='工作标准']").get_attribute("textContent").strip()
            out.append((int(tr.get_attribute("data-task")), section, text))
    return out


class Editor(OrderedSteps):
    @classmethod
    def setUpClass(cls):
        cls.office = Browser(DESKTOP)
        cls.office.login(SUPERVISOR())

    @classmethod
    def tearDownClass(cls):
        cls.office.quit()

    def add_row(self, section_id, text, lead, leader):
        b = self.office
        b.find(f"#section-{section_id} summary").click()
        b.visible(f"#section-text-{section_id}").send_keys(text)
        b.find(f"#section-lead-{section_id}").send_keys(lead)
        b.find(f"#section-leaders-{section_id}").send_keys(leader)
        form = b.find(f"#add-to-section-{section_id}")
        b.submit(form.find_element(By.CSS_SELECTOR, "button[type=submit]"), expect_path=r"^/tasks/\d+/edit\?done=add", flash="已新增一行")
        return int(b.path().split("/")[2])

    def test_1_blank_plan(self):
        b = self.office
        b.get("/import")
        b.follow(b.find("#start-blank"), expect_path=r"^/plans/new$")
        self.assertEqual(b.h1(), "起草空白方案")
        b.find("#plan-title").send_keys(TITLE)
        year = b.find("#plan-year")
        year.clear()
        year.send_keys("2023")
        b.find("#plan-sections").send_keys("一、经济发展\n二、民生实事")
        b.submit(b.find("#create-plan"), expect_path=r"^/plans/\d+\?done=created", flash="空白方案已建立")
        plan = int(b.path().split("/")[2].split("?")[0])
        self.assertEqual(b.h1(), TITLE)
        sections = b.all("#sections ul.sections > li")
        self.assertEqual([s.find_element(By.TAG_NAME, "strong").text for s in sections], ["一、经济发展", "二、民生实事"])
        first, second = [int(s.get_attribute("id").split("-")[1]) for s in sections]
        # The second section's row is typed first; the table still prints section one first.
        self.add_row(second, ROW_TWO, "住建局", "曹雷")
        b.get(f"/plans/{plan}")
        self.add_row(first, ROW_ONE, "科技局", "孙益锋")
        b.get(f"/plans/{plan}")
        printed = rows(b)
        self.assertEqual([(s, t) for _, s, t in printed], [("一、经济发展", ROW_ONE), ("二、民生实事", ROW_TWO)])
        self.state.update(plan=plan, first=printed[0][0], second_row=printed[1][0])

    def test_2_split_move_merge_publish(self):
        self.need("plan", "first")
        b, plan = self.office, self.state["plan"]
        b.get(f"/tasks/{self.state['first']}/edit")
        parts = b.find("#split-parts").get_attribute("value").splitlines()
        self.assertEqual(parts, ["新增高新技术企业100家", "新建口袋公园5个"], "a standard listing two things is offered split at its “；”")
        b.submit(b.find("#split-task button[type=submit]"), expect_path=rf"^/plans/{plan}\?done=split", flash="已拆分为多行")
        printed = rows(b)
        self.assertEqual([t for _, _, t in printed], ["新增高新技术企业100家", "新建口袋公园5个", ROW_TWO])
        park = printed[1][0]
        self.assertIn("科技局", b.find(f"#task-{park} td[data-label='牵头单位']").get_attribute("textContent"),
                      "the new row keeps the responsibility of the row it came from")

        # Down from the end of section one: the row crosses into section two, above its row.
        b.get(f"/tasks/{park}/edit")
        b.submit(b.find("#move-down button[type=submit]"), expect_path=rf"^/plans/{plan}\?done=move", flash="已移动")
        self.assertEqual([(s, t) for _, s, t in rows(b)],
                         [("一、经济发展", "新增高新技术企业100家"), ("二、民生实事", "新建口袋公园5个"), ("二、民生实事", ROW_TWO)])

        # Merged with the row below it, after the confirm dialog.
        b.get(f"/tasks/{park}/edit")
        button = b.find("#merge-task button[type=submit]")
        b.driver.execute_script("window.__e2eOldPage = true; arguments[0].scrollIntoView({block:'center'})", button)
        button.click()
        alert = b.wait().until(EC.alert_is_present())
        self.assertIn("合并", alert.text)
        alert.accept()
        b.wait_new_page()
        self.assertIn("已与下一行合并", b.text("p.flash[role=status]"))
        printed = rows(b)
        self.assertEqual([t for _, _, t in printed], ["新增高新技术企业100家", "新建口袋公园5个；" + ROW_TWO])
        merged_leads = b.find(f"#task-{park} td[data-label='牵头单位']").get_attribute("textContent")
        self.assertIn("科技局", merged_leads)
        self.assertIn("住建局", merged_leads)

        b.submit(b.find("#publish"), expect_path=rf"^/plans/{plan}\?done=publish", flash="方案已发布")
        self.assertEqual(len(rows(b)), 2)
        self.assertFalse(b.exists("#sections"), "a published plan has no editor")
        # The draft's history is in the rows' audit trails.
        b.get(f"/tasks/{self.state['first']}")
        self.assertIn("草稿拆分任务", b.text("#audit"))
        b.get(f"/tasks/{park}")
        audit = b.text("#audit")
        for action in ("草稿移动任务", "草稿合并任务"):
            self.assertIn(action, audit)

    def test_3_directory(self):
        b = self.office
        b.get("/directory")
        b.find("#new-unit-name").send_keys("区数据局")
        support.Select(b.find("#new-unit-kind")).select_by_visible_text("部门")
        b.submit(b.find("#add-unit-form button[type=submit]"), expect_path=r"^/directory\?done=unit", flash="单位已保存")
        link = b.find("a.edit[aria-label='维护“区数据局”']")
        b.follow(link, expect_path=r"^/directory/units/\d+$")
        name = b.find("#unit-name")
        name.clear()
        name.send_keys("区数据管理局")
        b.submit(b.find("#save-unit"), expect_path=r"\?done=unit", flash="单位已保存")
        self.assertEqual(b.h1(), "区数据管理局")
        self.assertIn("区数据局", b.text("#aliases"), "the old name is kept as an alias")
        b.find("#new-alias").send_keys("大数据局")
        b.submit(b.find("#add-alias-form button[type=submit]"), flash="别称已保存")
        self.assertIn("大数据局", b.text("#aliases"))
        self.state["unit_page"] = b.path().split("?")[0]

        b.get("/directory")
        b.find("#new-leader-name").send_keys("王新")
        b.submit(b.find("#add-leader-form button[type=submit]"), flash="领导已保存")
        self.assertIn("王新", b.text("#leaders"))
        row = b.find("#units").text
        self.assertIn("区数据管理局", row)

        liaison = Browser(DESKTOP)
        try:
            liaison.login(account("单位联络员", "发改局"))
            liaison.get("/directory")
            self.assertIn("区数据管理局", liaison.text("#units"))
            self.assertFalse(liaison.exists("#add-unit-form") or liaison.exists("a.edit"), "a liaison reads the directory only")
            liaison.get(self.state["unit_page"])
            self.assertIn("无权", liaison.text("main"))
        finally:
            liaison.quit()

    def test_4_screenshots(self):
        self.need("plan")
        b = self.office
        b.get("/plans/new")
        pages = [("plan-new", "/plans/new")]
        # A fresh draft to show the structure panel and a row's editor (left unpublished).
        b.find("#plan-title").send_keys("截图用草稿")
        b.find("#plan-sections").send_keys("一、经济发展\n二、民生实事")
        b.submit(b.find("#create-plan"), expect_path=r"^/plans/\d+\?done=created")
        draft = int(b.path().split("/")[2].split("?")[0])
        section = int(b.all("#sections ul.sections > li")[0].get_attribute("id").split("-")[1])
        task = self.add_row(section, ROW_ONE, "科技局", "孙益锋")
        pages += [("plan-draft-blank", f"/plans/{draft}"), ("task-arrange", f"/tasks/{task}/edit")]
        if "unit_page" in self.state:
            pages.append(("directory-unit", self.state["unit_page"]))
        for name, path in pages:
            for label, size in (("desktop", DESKTOP), ("phone", PHONE)):
                with self.subTest(page=name, width=label):
                    support.set_viewport(b.driver, size)
                    b.size = size
                    b.get(path)
                    self.assertTrue(b.h1().strip())
                    b.screenshot(f"{label}-{name}")
                    if label == "phone":
                        self.assertLessEqual(b.horizontal_overflow(), 0, f"{path} scrolls sideways at 390 px")
                    self.assertEqual(b.unlabelled_controls(), [], f"{path}: controls without a label")
        support.set_viewport(b.driver, DESKTOP)
        b.size = DESKTOP


if __name__ == "__main__":
    unittest.main()
