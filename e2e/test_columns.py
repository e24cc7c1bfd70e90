"""The import step for a table whose columns the reader cannot all name.

1. The office uploads a CSV whose header has a column the reader does not know (具体承办): the
   page shows the first rows and a choice per column, with the reader's guess (不导入) selected.
2. The clerk says the column is the responsible unit and keeps the setting: the draft has the
   units.
3. Next year's file with the same header is offered the same answer, pre-selected and said so.
4. A table with no header at all is asked the same way; without a 工作标准 column it is refused
   with its message and nothing is imported.

Screenshots of the step at desktop and phone width."""
import os
import shutil
import unittest

import support
from selenium.webdriver.support.ui import Select
from support import DESKTOP, PHONE, SUPERVISOR, Browser, OrderedSteps

FIXTURES = os.path.join(support.REPO, "Tests", "Fixtures", "families")


class Columns(OrderedSteps):
    @classmethod
    def setUpClass(cls):
        cls.office = Browser(DESKTOP)
        cls.office.login(SUPERVISOR())
        cls.tmp = support.temp_dir()

    @classmethod
    def tearDownClass(cls):
        cls.office.quit()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def upload(self, name, as_name, year="2023"):
        b = self.office
        path = os.path.join(self.tmp, as_name)
        shutil.copy(os.path.join(FIXTURES, name), path)
        b.get("/import")
        b.find("#year").send_keys(year)  # a bare table does not say its year
        b.find("#file").send_keys(path)
        b.submit(b.find("#upload"))

    def test_1_unknown_column_is_asked(self):
        b = self.office
        self.upload("unknown-columns.csv", "督办事项-2023.csv")
        self.assertEqual(b.h1(), "确认各列的含义")
        self.assertIn("不认识的列", b.text("#columns-reason"))
        table = b.text("#columns-table")
        self.assertIn("住建局城建科", table)
        self.assertIn("完成老旧小区改造20个", table)
        self.assertEqual(Select(b.find("#column-2")).first_selected_option.get_attribute("value"), "ignore")
        self.assertEqual(Select(b.find("#column-1")).first_selected_option.get_attribute("value"), "standard")
        self.assertFalse(b.exists("#columns-remembered"))
        self.assertEqual(b.unlabelled_controls(), [])
        b.screenshot("desktop-import-columns")

    def test_2_the_clerk_names_it(self):
        b = self.office
        Select(b.find("#column-2")).select_by_value("responsible")
        self.assertTrue(b.find("#remember").is_selected())
        b.submit(b.find("#import-columns"), expect_path=r"^/plans/\d+$")
        page = b.text("main")
        self.assertIn("住建局城建科", page)
        self.assertIn("人社局就业科", page)
        self.assertIn("完成老旧小区改造20个", page)

    def test_3_next_year_is_offered_the_same(self):
        b = self.office
        self.upload("unknown-columns.csv", "督办事项-2024.csv", year="2024")
        self.assertEqual(b.h1(), "确认各列的含义")
        self.assertIn("上次", b.text("#columns-remembered"))
        self.assertEqual(Select(b.find("#column-2")).first_selected_option.get_attribute("value"), "responsible")
        phone = Browser(PHONE, mobile=True)
        try:
            phone.login(SUPERVISOR())
            path = os.path.join(self.tmp, "督办事项-2024-phone.csv")
            shutil.copy(os.path.join(FIXTURES, "unknown-columns.csv"), path)
            phone.get("/import")
            phone.find("#year").send_keys("2024")
            phone.find("#file").send_keys(path)
            phone.submit(phone.find("#upload"))
            self.assertEqual(phone.h1(), "确认各列的含义")
            self.assertLessEqual(phone.horizontal_overflow(), 0, "the column step scrolls sideways on a phone")
            phone.screenshot("phone-import-columns")
        finally:
            phone.quit()

    def test_4_headerless_table_without_standard_is_refused(self):
        b = self.office
        self.upload("headerless.csv", "无表头.csv")
        self.assertEqual(b.h1(), "确认各列的含义")
        self.assertIn("没有表头", b.text("#columns-reason"))
        for index in range(5):
            Select(b.find(f"#column-{index}")).select_by_value("ignore")
        b.submit(b.find("#import-columns"))
        self.assertIn("工作标准", b.error_text())
        # Named properly, it imports.
        Select(b.find("#column-0")).select_by_value("number")
        Select(b.find("#column-1")).select_by_value("standard")
        Select(b.find("#column-2")).select_by_value("lead")
        Select(b.find("#column-3")).select_by_value("coop")
        Select(b.find("#column-4")).select_by_value("leader")
        b.submit(b.find("#import-columns"), expect_path=r"^/plans/\d+$")
        self.assertIn("新增规上工业企业30家", b.text("main"))


if __name__ == "__main__":
    unittest.main()
