"""What the demo publishes, read as the 钟楼区 督查室 would before sending anything out (issue 13).

Through the JSON API, no browser: the demo plan as published after Samples/zhonglou-2022.confirmations.json,
its board, a bulletin drafted the same day, the inspection list and the assessment."""
import json
import os
import re
import unittest
import urllib.error
import urllib.request
from http.cookiejar import CookieJar

import support
from support import BASE, SAMPLES, SUPERVISOR


class Api:
    def __init__(self, acct):
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        me = self.call("POST", "/api/v1/session", {"username": acct.username, "password": acct.password}, csrf="")
        self.csrf = me.get("csrfToken") or ""

    def call(self, method, path, body=None, csrf=None):
        request = urllib.request.Request(BASE + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                         headers={"Content-Type": "application/json", "Accept": "application/json",
                                                  "X-CSRF-Token": self.csrf if csrf is None else csrf})
        with self.opener.open(request, timeout=60) as response:
            return json.load(response)


class DemoNumbersTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.office = Api(SUPERVISOR())
        plans = cls.office.call("GET", "/api/v1/plans")
        cls.plan = next(p for p in plans if p["status"] == "published" and p.get("sourceName") == "zhonglou-2022.txt")
        cls.rows = cls.office.call("GET", f"/api/v1/plans/{cls.plan['id']}/tasks")
        with open(os.path.join(SAMPLES, "zhonglou-2022.confirmations.json"), encoding="utf-8") as f:
            cls.confirmations = json.load(f)

    def row(self, correction):
        compact = lambda text: re.sub(r"\s", "", text)
        if "row" in correction:
            return next(r for r in self.rows if r["label"] == correction["row"])
        return next(r for r in self.rows if compact(r["text"]).startswith(compact(correction["text"])))

    def test_the_confirmed_rows_are_led_as_confirmed(self):
        for correction in self.confirmations["corrections"]:
            row = self.row(correction)
            self.assertEqual([u["name"] for u in row["leadUnits"]], correction["leadUnits"], correction)
        # The cross-topic inheritances the issue found are gone.
        hr = [r["label"] for r in self.rows if any(u["name"] == "人社局" for u in r["leadUnits"])]
        self.assertFalse(set(hr) & {f"({n})" for n in range(24, 36)}, hr)
        for name in ["相关街道", "(邹区镇)各街道"]:
            self.assertFalse([r["label"] for r in self.rows if any(u["name"] == name for u in r["leadUnits"])], name)
        self.assertFalse([r["label"] for r in self.rows if any(l["name"] == "全体区长" for l in r["leaders"])])

    def test_beigang_holds_every_street_task(self):
        units = self.office.call("GET", "/api/v1/units")
        streets = next(u for u in units if u["name"] == "各街道")
        beigang = next(u for u in units if u["name"] == "北港街道")
        held = {r["id"] for r in self.rows if any(u["id"] == streets["id"] for u in r["leadUnits"] + r["coopUnits"])}
        self.assertGreater(len(held), 5)
        mine = {r["id"] for r in self.office.call("GET", f"/api/v1/units/{beigang['id']}/tasks")}
        self.assertTrue(held <= mine, f"missing {sorted(held - mine)}")

    def test_the_bulletin_counts_are_the_boards(self):
        board = {}
        for r in self.office.call("GET", f"/api/v1/plans/{self.plan['id']}/tasks"):
            board[r["light"]] = board.get(r["light"], 0) + 1
        drafted = self.office.call("POST", f"/api/v1/plans/{self.plan['id']}/bulletins", {"month": 8})
        bulletin = self.office.call("GET", f"/api/v1/bulletins/{drafted['id']}")["bulletin"]
        self.assertEqual({k: v for k, v in bulletin["counts"].items() if v}, board)
        self.assertTrue(bulletin["summary"].startswith("本通报依据8月份进展报告（9月5日截止），数据统计至9月15日。"), bulletin["summary"])
        # Five working days after Thursday 15 September: Friday 16, then 19–22 September.
        self.assertIn("于9月22日前", bulletin["closing"])
        ranked = [u for u in bulletin["units"] if u.get("rank")]
        self.assertTrue(ranked and all(u["tasks"] - u["pending"] >= 3 for u in ranked))
        self.assertFalse([u["name"] for u in bulletin["units"] if "街道" in u["name"] and u["name"].startswith(("各", "相关"))])

    def test_the_inspection_list_is_a_selection(self):
        listing = self.office.call("GET", f"/api/v1/plans/{self.plan['id']}/inspection")
        self.assertLessEqual(len(listing["items"]), 15)
        self.assertEqual((listing["year"], listing["quarter"]), (2022, 3))
        self.assertTrue(listing["asOf"].startswith("2022-09-15"))

    def test_the_assessment_says_it_is_provisional(self):
        assessment = self.office.call("GET", f"/api/v1/plans/{self.plan['id']}/assessment")
        self.assertTrue(assessment["provisional"])
        self.assertIn("预评", assessment["label"])
        self.assertIn("2022年9月15日", assessment["label"])
        # Units with only qualitative work wait for the office's rating instead of coming first.
        first = assessment["units"][0]
        self.assertNotIn("待评定", first["parts"][0]["explanation"])
        self.assertTrue(all(u.get("rank") is None for u in assessment["units"] if "待评定" in u["parts"][0]["explanation"]))


if __name__ == "__main__":
    unittest.main()
