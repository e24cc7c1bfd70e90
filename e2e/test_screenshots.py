"""Screenshots of every main page at desktop (1366×900) and phone (390×844) width.

Files go to $E2E_SCREENSHOTS as desktop-<page>.png and phone-<page>.png (full page, cut at 6000 px).
Runs after test_products when the whole suite runs, so the bulletin list has a published bulletin.
While there, each page is checked for a heading, Chinese glyphs (a CJK font is installed) and,
on the phone, for sideways scrolling."""
import os
import shutil
import unittest

import support
from support import ADMIN, DESKTOP, PHONE, SAMPLES, SUPERVISOR, VIEWER, Browser, OrderedSteps, account

SIZES = [("desktop", DESKTOP), ("phone", PHONE)]


class Screenshots(OrderedSteps):
    ids = {}

    @classmethod
    def setUpClass(cls):
        cls.browser = Browser(DESKTOP)
        cls.browser.login(SUPERVISOR())
        cls.ids = support.demo_ids(cls.browser)
        cls.taken = []

    @classmethod
    def tearDownClass(cls):
        cls.browser.quit()

    def shoot(self, name, path, ready="main h1"):
        """Open path at both widths, check it, save desktop-<name>.png and phone-<name>.png."""
        b = self.browser
        for label, size in SIZES:
            with self.subTest(page=name, width=label):
                support.set_viewport(b.driver, size)
                b.size = size
                b.get(path)
                heading = b.visible(ready)
                self.assertTrue(heading.text.strip(), f"{path}: empty heading")
                shot = b.screenshot(f"{label}-{name}")
                self.taken.append(shot)
                self.assertTrue(b.driver.execute_script("return document.fonts.check('16px \"Noto Sans CJK SC\"', '督办')"),
                                "no CJK font: Chinese text would render as boxes (install fonts-noto-cjk)")
                if label == "phone":
                    self.assertLessEqual(b.horizontal_overflow(), 0, f"{path} scrolls sideways at 390 px")
                    # Charts are redrawn for the phone, not squeezed or scrolled: each fits the screen.
                    for svg in b.all("svg.chart"):
                        if svg.is_displayed():
                            self.assertLessEqual(svg.size["width"], size[0], f"{path}: a chart wider than the phone")
                            self.assertGreaterEqual(svg.size["width"], 250, f"{path}: a chart squeezed to {svg.size['width']} px")
        support.set_viewport(b.driver, DESKTOP)
        b.size = DESKTOP

    def test_1_anonymous(self):
        self.browser.driver.delete_all_cookies()
        self.shoot("login", "/login")
        self.shoot("not-found", "/tasks/999999")
        # Without signing in, a published plan and its tasks can be read (the public view).
        self.shoot("anonymous-plan", f"/plans/{self.ids['plan']}")
        self.shoot("anonymous-task", f"/tasks/{self.ids['task']}")
        with self.subTest("a visitor has a 登录 link in the header"):
            self.assertEqual(self.browser.find("header a[href^='/login']").text, "登录")
        self.browser.login(SUPERVISOR())

    def test_2_supervisor(self):
        b, ids = self.browser, self.ids
        b.login(SUPERVISOR())
        self.shoot("supervisor-home", "/")
        self.shoot("plan", f"/plans/{ids['plan']}")
        self.shoot("plan-filtered", f"/plans/{ids['plan']}?light=red")
        self.shoot("supervisor-task", f"/tasks/{ids['task']}")
        self.assertTrue(b.exists("#judged-as-it-stands"), "a growth rate's page does not say it is judged as it stands")
        self.shoot("supervisor-task-trajectory", f"/tasks/{ids['counted_task']}")
        self.assertTrue(b.exists("#trajectory svg.chart"), "the counted task's shot has no trajectory chart")
        self.shoot("import", "/import")
        self.shoot("supervisor-notifications", "/notifications")
        self.shoot("directory", "/directory")
        with self.subTest("单位目录 names unit kinds in Chinese"):
            kinds = {td.get_attribute("textContent") for td in b.all("main td[data-label='类别']")}
            self.assertIn("部门", kinds)
            self.assertFalse(kinds & {"department", "town", "collective", "park", "company", "other"},
                             f"类别 column shows codes: {sorted(kinds)}")
        self.shoot("unit-list", f"/units/{ids['unit']}")
        self.shoot("leader-list", f"/leaders/{ids['leader']}")
        self.shoot("bulletins", f"/plans/{ids['plan']}/bulletins")
        self.shoot("bulletin", f"/bulletins/{self.bulletin_id()}", ready="#bulletin h1")
        self.shoot("inspection", f"/plans/{ids['plan']}/inspection")
        self.shoot("assessment", f"/plans/{ids['plan']}/assessment")

    def bulletin_id(self):
        """The newest bulletin of the demo plan; drafts the August one if there is none."""
        b = self.browser
        b.get(f"/plans/{self.ids['plan']}/bulletins")
        links = b.all("#bulletins li a[href^='/bulletins/']")
        if not links:
            b.select_by_text("#bulletin-month", "8月")
            b.submit(b.find("#draft-bulletin button[type=submit]"), expect_path=r"^/bulletins/\d+$")
            return int(b.path().rsplit("/", 1)[1])
        return int(links[0].get_attribute("href").rsplit("/", 1)[1])

    def test_3_unit(self):
        self.browser.login(account("单位联络员", "发改局"))
        self.shoot("unit-home", "/")
        self.shoot("unit-task", f"/tasks/{self.ids['task']}")
        self.shoot("unit-notifications", "/notifications")

    def test_4_leader(self):
        self.browser.login(account("区领导", "孙益锋"))
        self.shoot("leader-home", "/")
        self.shoot("leader-task", f"/tasks/{self.ids['task']}")
        self.shoot("leader-notifications", "/notifications")

    def test_5_viewer(self):
        self.browser.login(VIEWER())
        self.shoot("public-home", "/")
        self.shoot("public-plan", f"/plans/{self.ids['plan']}")

    def test_6_admin(self):
        self.browser.login(ADMIN())
        self.shoot("city", "/city")

    def test_7_import_preview(self):
        """Last, because it leaves a draft plan (2023) behind."""
        b = self.browser
        b.login(SUPERVISOR())
        tmp = support.temp_dir()
        try:
            upload = os.path.join(tmp, "zhonglou-2023-draft.txt")
            shutil.copy(os.path.join(SAMPLES, "zhonglou-2022.txt"), upload)
            b.get("/import")
            b.find("#year").send_keys("2023")
            b.find("#file").send_keys(upload)
            b.submit(b.find("#upload"), expect_path=r"^/plans/\d+$")
            self.assertIn("草稿", b.text("main > p.muted"))
            plan = b.path()
            self.shoot("import-preview", plan)
            b.get(plan)
            edit = b.find("table.tasks tr.needs-check a.edit").get_attribute("href")
            self.shoot("draft-editor", edit[len(support.BASE):])
            # A file the importer cannot read: the form comes back with the reason.
            bad = os.path.join(tmp, "not-a-plan.txt")
            with open(bad, "w", encoding="utf-8") as f:
                f.write("这不是一份方案。\n")
            b.get("/import")
            b.find("#file").send_keys(bad)
            b.submit(b.find("#upload"))
            self.assertTrue(b.exists("[role=alert]"), "an unreadable upload shows no error")
            for label, size in SIZES:
                support.set_viewport(b.driver, size)
                b.size = size
                b.screenshot(f"{label}-import-error")
            support.set_viewport(b.driver, DESKTOP)
            b.size = DESKTOP
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
