"""Shared helpers for the browser tests: configuration, browsers, waits, login, screenshots.

Configuration comes from the environment (e2e/run.sh sets it):
  E2E_BASE_URL     the running server, e.g. http://127.0.0.1:18080
  E2E_SCREENSHOTS  where screenshots go (default e2e/screenshots)
  E2E_SERVER_LOG   the server's output; the demo prints its accounts there
  E2E_HEADFUL=1    show the browser (debugging)
"""
import os
import re
import struct
import tempfile
import unittest
import urllib.error
import urllib.request
import zlib

from selenium import webdriver
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
BASE = os.environ.get("E2E_BASE_URL", "http://127.0.0.1:8080").rstrip("/")
SHOTS = os.environ.get("E2E_SCREENSHOTS", os.path.join(HERE, "screenshots"))
SAMPLES = os.path.join(REPO, "Samples")
WAIT = float(os.environ.get("E2E_WAIT", "20"))

DESKTOP = (1366, 900)
PHONE = (390, 844)

# What the demo prints at start ("演示账户"); used when the server log is not available.
DEFAULT_ACCOUNTS = """
  admin  Duban-Guanli-2022  系统管理员  系统管理员
  zl-duchashi  Duban-zl-2022  督查室  钟楼区督查室
  zl-chayue  Duban-zl-view1  查阅  查阅
  zl-u7  Duban-zl-unit1  单位联络员  发改局
  zl-u16  Duban-zl-unit1  单位联络员  科技局
  zl-u1  Duban-zl-unit1  单位联络员  住建局
  zl-u18  Duban-zl-unit1  单位联络员  人社局
  zl-l5  Duban-zl-lead1  区领导  孙益锋
  zl-l6  Duban-zl-lead1  区领导  曹雷
"""


class Account:
    def __init__(self, username, password, role, who):
        self.username, self.password, self.role, self.who = username, password, role, who

    def __repr__(self):
        return f"{self.username}（{self.role} {self.who}）"


def load_accounts():
    """The admin and the 钟楼区 demo accounts, from the server log when there is one."""
    text = DEFAULT_ACCOUNTS
    log = os.environ.get("E2E_SERVER_LOG")
    if log and os.path.exists(log):
        with open(log, encoding="utf-8", errors="replace") as f:
            logged = f.read()
        if "zl-duchashi" in logged:
            text = logged
    accounts = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 4 and (parts[0].startswith("zl-") or parts[0] == "admin"):
            accounts[(parts[2], parts[3])] = Account(*parts)
    return accounts


ACCOUNTS = load_accounts()


def level_account(prefix, role, who):
    """An account of another demo government: prefix `cz` (常州市) or `tn` (天宁区), whose unit
    names repeat 钟楼's (发改局), so they are looked up apart."""
    log = os.environ.get("E2E_SERVER_LOG")
    with open(log, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 4 and parts[0].startswith(prefix + "-") and parts[2] == role and parts[3] == who:
                return Account(*parts)
    raise AssertionError(f"the demo log names no {prefix} account {role} {who}")


def level_unit_account(prefix, unit_id, who):
    """Any unit's liaison of a demo government: the demo makes `tn-u<unit id>` for every unit and
    prints a few; they share one password."""
    sample = level_account_any(prefix, "单位联络员")
    return Account(f"{prefix}-u{unit_id}", sample.password, "单位联络员", who)


def level_account_any(prefix, role):
    log = os.environ.get("E2E_SERVER_LOG")
    with open(log, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 4 and parts[0].startswith(prefix + "-") and parts[2] == role:
                return Account(*parts)
    raise AssertionError(f"the demo log names no {prefix} account {role}")


def account(role, who):
    """role: 系统管理员 / 督查室 / 单位联络员 / 区领导 / 查阅; who: 钟楼区督查室, 发改局, 孙益锋 ..."""
    try:
        return ACCOUNTS[(role, who)]
    except KeyError:
        raise AssertionError(f"the demo has no account {role} {who}; accounts: {sorted(ACCOUNTS)}")


SUPERVISOR = lambda: account("督查室", "钟楼区督查室")
VIEWER = lambda: account("查阅", "查阅")
ADMIN = lambda: account("系统管理员", "系统管理员")  # the city-level account


def new_driver(size=DESKTOP, mobile=False):
    options = webdriver.ChromeOptions()
    binary = "/usr/lib/chromium/chromium" if os.path.exists("/usr/lib/chromium/chromium") else "/usr/bin/chromium"
    options.binary_location = os.environ.get("E2E_CHROMIUM", binary)
    if os.environ.get("E2E_HEADFUL") != "1":
        options.add_argument("--headless=new")
    for arg in ("--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=zh-CN",
                "--hide-scrollbars", f"--window-size={size[0]},{size[1]}"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
    # On Linux Chromium takes its own UI language (the file picker's 选择文件) from the
    # environment (LANGUAGE), as a Chinese desktop sets it; chromium-l10n holds the translations.
    # LANG stays a locale every Debian has, so file paths in Chinese still reach the browser.
    env = dict(os.environ, LANGUAGE="zh_CN:zh", LANG="C.UTF-8")
    service = Service(os.environ.get("E2E_CHROMEDRIVER", "/usr/bin/chromedriver"), env=env)
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(60)
    set_viewport(driver, size, mobile)
    return driver


def set_viewport(driver, size, mobile=None):
    """Exact CSS viewport (the headless window adds a frame), phone-like when narrow."""
    width, height = size
    if mobile is None:
        mobile = width < 700
    driver.set_window_size(width, height + 150)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": bool(mobile)})


def axe_source():
    """axe-core as the axe-selenium-python package ships it (pip install axe-selenium-python)."""
    import axe_selenium_python
    path = os.path.join(os.path.dirname(axe_selenium_python.__file__), "node_modules", "axe-core", "axe.min.js")
    with open(path, encoding="utf-8") as f:
        return f.read()


AXE = None
# E2E_AXE=0 turns the accessibility check off (debugging only; CI runs it).
AXE_ON = os.environ.get("E2E_AXE", "1") != "0"


class Browser:
    """One signed-in (or anonymous) browser with the waits the tests need. Every page it loads
    is checked with axe-core once per address, and any violation fails the test that opened it."""

    def __init__(self, size=DESKTOP, mobile=False):
        self.driver = new_driver(size, mobile)
        self.size = size
        self.who = None
        self.checked = set()

    def check_accessibility(self):
        """axe-core on the page now shown; raises with each violation and where it is."""
        global AXE
        if not AXE_ON:
            return
        try:
            if not self.driver.execute_script("return document.contentType") == "text/html":
                return
            address = self.driver.execute_script("return location.pathname + location.search")
        except WebDriverException:
            return
        if address in self.checked:
            return
        self.checked.add(address)
        if AXE is None:
            AXE = axe_source()
        self.driver.execute_script(AXE)
        result = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations)).catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));")
        if result:
            lines = [f"{v['id']}: {v['help']} — " + "; ".join(n.get("target", [""])[0] if isinstance(n.get("target", [""])[0], str) else str(n.get("target")) for n in v["nodes"][:5]) for v in result]
            raise AssertionError(f"axe-core found {len(result)} violation(s) on {address}:\n  " + "\n  ".join(lines))

    def quit(self):
        try:
            self.driver.quit()
        except Exception:
            pass

    # --- navigation and waits -------------------------------------------------------------
    def wait(self, timeout=WAIT):
        return WebDriverWait(self.driver, timeout)

    def get(self, path):
        self.driver.get(BASE + path)
        self.wait().until(lambda d: d.execute_script("return document.readyState") == "complete")
        self.check_accessibility()
        return self

    def path(self):
        url = self.driver.current_url
        return url[len(BASE):] if url.startswith(BASE) else url

    def find(self, css, timeout=WAIT):
        return self.wait(timeout).until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))

    def visible(self, css, timeout=WAIT):
        return self.wait(timeout).until(EC.visibility_of_element_located((By.CSS_SELECTOR, css)))

    def all(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def exists(self, css):
        return len(self.driver.find_elements(By.CSS_SELECTOR, css)) > 0

    def text(self, css="body"):
        return self.find(css).text

    def h1(self):
        return self.visible("main h1").text

    def submit(self, button, expect_path=None, flash=None):
        """Click a submit button and wait for the next page (post/redirect/get).

        expect_path: a regex the new path must match; flash: the status text it must show."""
        self.driver.execute_script("window.__e2eOldPage = true; arguments[0].scrollIntoView({block:'center'})", button)
        button.click()
        self.wait_new_page()
        self.check_accessibility()
        if expect_path:
            try:
                self.wait().until(lambda d: re.search(expect_path, self.path()))
            except TimeoutException:
                raise AssertionError(f"after submit expected {expect_path}, got {self.path()}: {self.error_text()}")
        if flash:
            status = self.error_text()
            try:
                self.wait(5).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "p.flash[role=status]"), flash))
            except TimeoutException:
                raise AssertionError(f"expected the notice “{flash}” at {self.path()}; page says: {status}")
        return self

    def follow(self, link, expect_path=None):
        """Click a link to another page and wait for it."""
        return self.submit(link, expect_path=expect_path)

    def wait_new_page(self):
        """Wait until the browser shows a new, fully loaded document (the old one carried a marker)."""
        def loaded(driver):
            try:
                return driver.execute_script(
                    "return !window.__e2eOldPage && document.readyState === 'complete'")
            except WebDriverException:  # mid-navigation
                return False
        self.wait().until(loaded)

    def error_text(self):
        alerts = [e.text for e in self.all("[role=alert]")]
        if alerts:
            return " / ".join(alerts)
        return self.driver.find_element(By.TAG_NAME, "body").text[:300]

    # --- sessions ---------------------------------------------------------------------------
    def login(self, acct):
        self.driver.delete_all_cookies()
        self.get("/login")
        self.visible("#username").send_keys(acct.username)
        self.find("#password").send_keys(acct.password)
        self.submit(self.find("#login"))
        who = self.visible("header .who").text
        assert acct.who in who or acct.role in who, f"signed in as {acct}, header says {who!r}"
        self.who = acct
        return self

    def logout(self):
        if self.exists("form.logout button"):
            self.submit(self.find("form.logout button"), expect_path=r"^/login")
        self.who = None

    # --- page facts -------------------------------------------------------------------------
    def counts(self, scope=""):
        """The light counts of a `.counts` block: {'red': 3, 'yellow': 1, ...}."""
        out = {}
        for el in self.all(f"{scope} .counts [data-count]".strip()):
            out[el.get_attribute("data-count")] = int(el.find_element(By.TAG_NAME, "strong").text)
        return out

    def heading_count(self, section_id):
        """The number in a heading like 待审核报告（3）."""
        text = self.find(f"#{section_id} h2").text
        m = re.search(r"（(\d+)）", text)
        assert m, f"#{section_id} heading has no count: {text!r}"
        return int(m.group(1))

    def select_by_text(self, css, text):
        select = Select(self.find(css))
        for option in select.options:
            if text in option.text:
                select.select_by_visible_text(option.text)
                return option.text
        raise AssertionError(f"{css} has no option with {text!r}: {[o.text for o in select.options]}")

    def fetch_status(self, href):
        """Fetch a link with the browser's session; returns (status, content-type, bytes)."""
        return self.driver.execute_async_script("""
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin'})
              .then(r => r.arrayBuffer().then(b => done([r.status, r.headers.get('content-type') || '', b.byteLength])))
              .catch(e => done([0, String(e), 0]));""", href)

    def download(self, button, directory, timeout=WAIT):
        """Click a download button and wait for the file the browser saves into `directory`."""
        import glob
        import time
        os.makedirs(directory, exist_ok=True)
        self.driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": directory})
        before = set(os.listdir(directory))
        button.click()
        deadline = time.time() + timeout
        while time.time() < deadline:
            done = [f for f in set(os.listdir(directory)) - before if not f.endswith(".crdownload")]
            if done and not glob.glob(os.path.join(directory, "*.crdownload")):
                return os.path.join(directory, done[0])
            time.sleep(0.2)
        raise AssertionError(f"no download in {directory} after {timeout} s")

    def http_get(self, href):
        """Fetch a link outside the browser (urllib) with the browser's cookies: (status, headers, bytes)."""
        return http_get(href, "; ".join(f"{c['name']}={c['value']}" for c in self.driver.get_cookies()))

    def horizontal_overflow(self):
        """How many CSS pixels the page is wider than the viewport (0: no sideways scrolling)."""
        return self.driver.execute_script(
            "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth")

    def unlabelled_controls(self):
        """Visible form controls that have no accessible label."""
        return self.driver.execute_script(UNLABELLED_JS)

    def screenshot(self, name, full_page=True, max_height=6000):
        os.makedirs(SHOTS, exist_ok=True)
        path = os.path.join(SHOTS, name if name.endswith(".png") else name + ".png")
        if not full_page:
            self.driver.save_screenshot(path)
            return path
        width, height = self.size
        content = self.driver.execute_script(
            "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")
        clip_height = max(height, min(int(content), max_height))
        shot = self.driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": clip_height, "scale": 1}})
        import base64
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        return path


def http_get(href, cookie=""):
    """GET with urllib (as a calendar app or a download would): (status, headers, bytes)."""
    url = href if href.startswith("http") else BASE + href
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(request, timeout=WAIT) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


# --- the keyboard ---------------------------------------------------------------------------
def active(browser):
    return browser.driver.switch_to.active_element


def press(browser, *keys):
    ActionChains(browser.driver).send_keys(*keys).perform()


def select_all(browser):
    """CTRL+A in the focused field, so what is typed next replaces its text."""
    ActionChains(browser.driver).key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).perform()


def tab_until(browser, predicate, limit=40):
    """Press TAB until predicate(active element) holds; returns the tab stops passed on the way."""
    stops = []
    for _ in range(limit):
        press(browser, Keys.TAB)
        el = active(browser)
        stops.append(el.get_attribute("id") or el.get_attribute("name") or el.text or el.tag_name)
        if predicate(el):
            return stops
    raise AssertionError(f"TAB never reached the control; tab stops: {stops}")


def press_enter_and_wait(browser):
    """ENTER on the focused control, then wait for the page it leads to."""
    browser.driver.execute_script("window.__e2eOldPage = true")
    press(browser, Keys.ENTER)
    browser.wait_new_page()


UNLABELLED_JS = """
const out = [];
for (const el of document.querySelectorAll('input, select, textarea')) {
  const type = (el.getAttribute('type') || '').toLowerCase();
  if (['hidden', 'submit', 'button', 'reset', 'image'].includes(type)) continue;
  const style = getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
  let named = false;
  if (el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]')) named = true;
  if (el.closest('label')) named = true;
  if ((el.getAttribute('aria-label') || '').trim()) named = true;
  const by = el.getAttribute('aria-labelledby');
  if (by && by.split(/\\s+/).some(id => document.getElementById(id))) named = true;
  if (!named) out.push(el.outerHTML.slice(0, 160));
}
return out;
"""


# --- evidence files ------------------------------------------------------------------------
def make_png(path, width=24, height=16, rgb=(11, 92, 173)):
    """A small valid PNG (solid colour)."""
    row = b"\x00" + bytes(rgb) * width
    raw = row * height

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)
    return path


def make_pdf(path, text="Duban e2e evidence"):
    """A minimal one-page PDF."""
    stream = f"BT /F1 18 Tf 40 100 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    with open(path, "wb") as f:
        f.write(out)
    return path


def temp_dir():
    return tempfile.mkdtemp(prefix="duban-e2e-")


class OrderedSteps(unittest.TestCase):
    """Steps of one story: test_1_..., test_2_... run in order; a step whose prerequisite failed is skipped."""

    state = {}

    def need(self, *keys):
        missing = [k for k in keys if k not in self.state]
        if missing:
            self.skipTest(f"an earlier step did not provide {missing}")


def demo_ids(browser):
    """Ids of the demo's published 钟楼区 plan, a 发改局 task, 发改局 and 孙益锋, read from the pages.

    browser must be signed in as the supervisor."""
    from selenium.webdriver.common.by import By as _By
    ids = {}
    browser.get("/")
    for card in browser.all("section.plan-summary"):
        heading = card.find_element(_By.TAG_NAME, "h2").text
        if "2022" in heading and "已发布" in heading:
            href = card.find_element(_By.CSS_SELECTOR, "h2 a").get_attribute("href")
            ids["plan"] = int(href.rsplit("/", 1)[1])
            break
    browser.get("/directory")
    for link in browser.all("main a[href^='/units/']"):
        row = link.find_element(_By.XPATH, "./ancestor::tr[1]")
        if row.find_element(_By.TAG_NAME, "td").text == "发改局":
            ids["unit"] = int(link.get_attribute("href").rsplit("/", 1)[1])
    for link in browser.all("main a[href^='/leaders/']"):
        if link.text.startswith("孙益锋"):
            ids["leader"] = int(link.get_attribute("href").rsplit("/", 1)[1])
    browser.get(f"/plans/{ids['plan']}?q=" + "地区生产总值增长6.5")
    row = browser.find("table.tasks tbody tr[data-task]")
    ids["task"] = int(row.get_attribute("data-task"))
    # A count, which follows 序时进度 and so has a trajectory chart (a growth rate has none).
    browser.get(f"/plans/{ids['plan']}?q=" + "新认定高新技术企业100家")
    row = browser.find("table.tasks tbody tr[data-task]")
    ids["counted_task"] = int(row.get_attribute("data-task"))
    return ids
