"""Keyboard and labels: sign in and use a form with the keyboard alone; every visible control has a label."""
import unittest
from urllib.parse import unquote

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

import support
from support import ADMIN, Browser, SUPERVISOR, VIEWER, account, active, press, tab_until


def focus_ring(browser):
    return browser.driver.execute_script(
        "const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth];")


class Keyboard(unittest.TestCase):
    def setUp(self):
        self.browser = Browser()

    def tearDown(self):
        self.browser.quit()

    def test_login_and_filter_with_keyboard_only(self):
        b = self.browser
        acct = SUPERVISOR()
        b.get("/login")
        stops = tab_until(b, lambda el: el.get_attribute("id") == "username", limit=5)
        self.assertLessEqual(len(stops), 3, f"too many tab stops before 用户名: {stops}")
        style, width = focus_ring(b)
        self.assertNotEqual(style, "none", "the focused field shows no outline")
        self.assertNotEqual(width, "0px")
        press(b, acct.username, Keys.TAB)
        self.assertEqual(active(b).get_attribute("id"), "password")
        press(b, acct.password, Keys.TAB)
        self.assertEqual(active(b).get_attribute("id"), "login", "TAB after 密码 should reach the 登录 button")
        ActionChains(b.driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
        self.assertEqual(active(b).get_attribute("id"), "password")
        b.driver.execute_script("window.__e2eOldPage = true")
        press(b, Keys.ENTER)  # implicit submission from the password field
        b.wait_new_page()
        self.assertEqual(b.path(), "/")
        self.assertEqual(b.h1(), "总体情况")
        self.assertIn("钟楼区督查室", b.text("header .who"))

        # From the home page, reach the 2022 plan with TAB and ENTER, then search with the filter form.
        tab_until(b, lambda el: el.tag_name == "a" and "/plans/" in (el.get_attribute("href") or ""))
        b.driver.execute_script("window.__e2eOldPage = true")
        press(b, Keys.ENTER)
        b.wait_new_page()
        self.assertRegex(b.path(), r"^/plans/\d+$")
        # The plan's own filter box, not the header's search (which has its own test below).
        tab_until(b, lambda el: el.get_attribute("name") == "q" and el.get_attribute("id") != "top-search-q")
        b.driver.execute_script("window.__e2eOldPage = true")
        press(b, "研发投入", Keys.ENTER)
        b.wait_new_page()
        self.assertIn("q=研发投入", unquote(b.path()))
        rows = b.all("table.tasks tbody tr[data-task]")
        self.assertTrue(rows, "the search found nothing")
        for row in rows:
            self.assertIn("研发投入", row.text)
        self.assertEqual(b.find(".filters input[name=q]").get_attribute("value"), "研发投入", "the search box forgot the query")

        # The light filter: a select changed with arrow keys, submitted with ENTER on 筛选.
        tab_until(b, lambda el: el.get_attribute("name") == "light")
        press(b, Keys.ARROW_DOWN)  # 全部 -> the first light
        tab_until(b, lambda el: el.tag_name == "button" and el.text == "筛选")
        b.driver.execute_script("window.__e2eOldPage = true")
        press(b, Keys.ENTER)
        b.wait_new_page()
        self.assertIn("light=", b.path())

        # The header's search, across tasks, units and leaders: two characters are enough.
        tab_until(b, lambda el: el.get_attribute("id") == "top-search-q")
        b.driver.execute_script("window.__e2eOldPage = true")
        press(b, "教育", Keys.ENTER)
        b.wait_new_page()
        self.assertTrue(b.path().startswith("/search"), b.path())
        self.assertIn("教育局", b.text("#search-names"))
        hits = b.all("#search-tasks li")
        self.assertTrue(hits and all("教育" in hit.text for hit in hits), "every hit contains the words searched for")

    def test_every_control_has_a_label(self):
        b = self.browser
        pages = [(None, ["/login"])]
        b.login(SUPERVISOR())
        ids = support.demo_ids(b)
        plan, task, unit, leader = ids["plan"], ids["task"], ids["unit"], ids["leader"]
        pages += [
            (SUPERVISOR(), ["/", "/import", f"/plans/{plan}", f"/tasks/{task}", "/notifications", "/directory", "/accounts", "/search?q=教育",
                            f"/units/{unit}", f"/leaders/{leader}", f"/plans/{plan}/bulletins",
                            f"/plans/{plan}/inspection", f"/plans/{plan}/assessment"]),
            (account("单位联络员", "发改局"), ["/", f"/tasks/{task}", "/notifications"]),
            (account("区领导", "孙益锋"), ["/", f"/tasks/{task}", "/notifications"]),
            (VIEWER(), ["/", f"/plans/{plan}"]),
            (ADMIN(), ["/city"]),
        ]
        checked = 0
        for acct, paths in pages:
            if acct is None:
                b.driver.delete_all_cookies()
            else:
                b.login(acct)
            for path in paths:
                with self.subTest(who=str(acct), page=path):
                    b.get(path)
                    self.assertNotIn("404", b.driver.title)
                    missing = b.unlabelled_controls()
                    self.assertEqual(missing, [], f"controls without a label on {path}")
                    checked += 1
        self.assertGreaterEqual(checked, 21)


if __name__ == "__main__":
    unittest.main()
