"""Browser tests of the chat page: Debian's Chromium, driven by Selenium through chromedriver.

Starts `perfection web` on a free loopback port, runs each check in a fresh browser profile,
and prints one line: "browser: N passed, N failed" (and what failed). The server is stopped
at the end, whatever happens. Usage: python3 chat_page.py PATH-TO-PERFECTION SCREENSHOT.png
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
WAIT = 15


def start_server(binary):
    """Starts the server on a free port and returns (process, base URL)."""
    process = subprocess.Popen(
        [binary, "web", "--port", "0", "--quiet"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    line = process.stdout.readline()
    marker = "listening on "
    if marker not in line:
        process.kill()
        raise RuntimeError("the server did not start: %r" % line)
    url = line.split(marker, 1)[1].split()[0]
    return process, url


class Browser:
    """One Chromium with a profile of its own (its own cookies), removed on close."""

    def __init__(self, width=1280, height=900, javascript=True):
        self.profile = tempfile.mkdtemp(prefix="perfection-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for argument in (
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--user-data-dir=" + self.profile,
            "--window-size=%d,%d" % (width, height),
        ):
            options.add_argument(argument)
        if not javascript:
            options.add_experimental_option(
                "prefs", {"profile.managed_default_content_settings.javascript": 2}
            )
        self.driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        self.driver.set_page_load_timeout(WAIT)
        if width < 500:
            # Headless windows are at least 500 px wide: emulate a phone's screen instead.
            self.driver.execute_cdp_cmd(
                "Emulation.setDeviceMetricsOverride",
                {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True},
            )

    def close(self):
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self.profile, ignore_errors=True)

    def wait(self, condition):
        return WebDriverWait(self.driver, WAIT).until(condition)

    def ask(self, url, text):
        """Types a question into the page's box and sends it with Enter."""
        box = self.wait(ec.element_to_be_clickable((By.ID, "text")))
        box.send_keys(text + Keys.ENTER)

    def bot_messages(self):
        return self.driver.find_elements(By.CSS_SELECTOR, "#log li.bot")

    def wait_for_bot(self, count):
        """Waits until the log holds `count` bot messages and returns the last."""
        self.wait(lambda d: len(self.bot_messages()) >= count)
        return self.bot_messages()[-1]

    def consent(self):
        return self.driver.find_element(By.ID, "consent-now").text.strip()

    def active(self):
        return self.driver.switch_to.active_element


def check_ask_yes_reveal(url, screenshot):
    """Ask "why did charlotte do it?", see the prompt, click Yes, reveal the answer; reload."""
    browser = Browser()
    try:
        browser.driver.get(url)
        assert browser.consent() == "none", browser.consent()
        browser.ask(url, "why did charlotte do it?")
        prompt = browser.wait_for_bot(2)
        assert "twist" in prompt.text, prompt.text
        assert "escape" not in prompt.text
        yes = prompt.find_element(By.XPATH, ".//button[text()='Yes']")
        yes.click()
        answer = browser.wait_for_bot(3)
        spoiler = answer.find_element(By.CSS_SELECTOR, "details.spoiler")
        summary = spoiler.find_element(By.TAG_NAME, "summary")
        assert summary.text.startswith("Twist spoiler"), summary.text
        hidden = spoiler.find_element(By.TAG_NAME, "p")
        assert not hidden.is_displayed(), "the answer shows before it is revealed"
        summary.click()
        browser.wait(lambda d: hidden.is_displayed())
        assert "escape" in hidden.text, hidden.text
        assert browser.consent() == "twist", browser.consent()
        browser.driver.save_screenshot(screenshot)
        # A reload keeps the consent: the cookie names the same session.
        browser.driver.refresh()
        browser.wait(ec.presence_of_element_located((By.ID, "consent-now")))
        assert browser.consent() == "twist", browser.consent()
        selected = browser.driver.find_element(By.CSS_SELECTOR, "#level option:checked")
        assert selected.get_attribute("value") == "twist"
    finally:
        browser.close()


def check_second_profile_asked_again(url, _):
    """Consent given in one browser is not another's: a second profile is asked again."""
    first = Browser()
    second = Browser()
    try:
        first.driver.get(url)
        first.ask(url, "what happens at the end?")
        first.wait_for_bot(2).find_element(By.XPATH, ".//button[text()='Yes']").click()
        first.wait(lambda d: first.consent() == "ending")
        second.driver.get(url)
        assert second.consent() == "none", second.consent()
        second.ask(url, "what happens at the end?")
        prompt = second.wait_for_bot(2)
        assert prompt.find_elements(By.XPATH, ".//button[text()='Yes']"), prompt.text
        assert not prompt.find_elements(By.CSS_SELECTOR, "details.spoiler")
    finally:
        first.close()
        second.close()


def check_keyboard_only(url, _):
    """Tab to the box, ask, answer the prompt with Enter, open the answer with the keyboard."""
    browser = Browser()
    try:
        browser.driver.get(url)
        body = browser.driver.find_element(By.TAG_NAME, "body")
        body.send_keys(Keys.TAB)
        for _ in range(20):
            if browser.active().get_attribute("id") == "text":
                break
            browser.active().send_keys(Keys.TAB)
        assert browser.active().get_attribute("id") == "text", "Tab never reached the box"
        browser.active().send_keys("what happens to bachoff?" + Keys.ENTER)
        browser.wait_for_bot(2)
        browser.wait(lambda d: browser.active().text == "Yes")
        browser.active().send_keys(Keys.ENTER)
        answer = browser.wait_for_bot(3)
        spoiler = answer.find_element(By.CSS_SELECTOR, "details.spoiler")
        for _ in range(40):
            if browser.active().tag_name == "summary":
                break
            browser.active().send_keys(Keys.SHIFT + Keys.TAB)
        assert browser.active().tag_name == "summary", "the reveal cannot be reached by keyboard"
        browser.active().send_keys(Keys.ENTER)
        browser.wait(lambda d: spoiler.get_attribute("open") is not None)
        assert "sewn shut" in spoiler.text, spoiler.text
    finally:
        browser.close()


def check_narrow_screen(url, _):
    """At 360 px wide nothing overflows sideways, long answers and chips included."""
    browser = Browser(width=360, height=740)
    try:
        browser.driver.get(url)
        browser.ask(url, "what is the perfection about?")
        browser.wait_for_bot(2)
        browser.ask(url, "x" * 300)
        browser.wait_for_bot(3)
        width = browser.driver.execute_script("return window.innerWidth")
        scroll = browser.driver.execute_script("return document.documentElement.scrollWidth")
        assert width <= 400, "the window is %d px wide" % width
        assert scroll <= width, "the page is %d px wide in a %d px window" % (scroll, width)
    finally:
        browser.close()


def check_without_javascript(url, _):
    """With JavaScript off the page is a plain form: ask, answer Yes, see the hidden answer."""
    browser = Browser(javascript=False)
    try:
        browser.driver.get(url)
        browser.ask(url, "why did charlotte do it?")
        browser.wait(ec.presence_of_element_located((By.CSS_SELECTOR, "form.choices")))
        assert not browser.driver.find_elements(By.CSS_SELECTOR, "details.spoiler")
        browser.driver.find_element(By.XPATH, "//form[@class='choices']/button[text()='Yes']").click()
        spoiler = browser.wait(
            ec.presence_of_element_located((By.CSS_SELECTOR, "details.spoiler"))
        )
        assert spoiler.get_attribute("open") is None
        assert browser.consent() == "twist", browser.consent()
    finally:
        browser.close()


def check_user_text_is_text(url, _):
    """Markup typed by a user is shown as text, never run or inserted as HTML."""
    browser = Browser()
    try:
        browser.driver.get(url)
        attack = '<img src=x onerror="document.title=\'pwned\'">'
        browser.ask(url, attack)
        browser.wait_for_bot(2)
        mine = browser.driver.find_elements(By.CSS_SELECTOR, "#log li.user p")[-1]
        assert mine.text == attack, mine.text
        assert not browser.driver.find_elements(By.CSS_SELECTOR, "#log img")
        assert browser.driver.title != "pwned"
    finally:
        browser.close()


CHECKS = [
    check_ask_yes_reveal,
    check_second_profile_asked_again,
    check_keyboard_only,
    check_narrow_screen,
    check_without_javascript,
    check_user_text_is_text,
]


def main():
    binary, screenshot = sys.argv[1], sys.argv[2]
    os.makedirs(os.path.dirname(os.path.abspath(screenshot)), exist_ok=True)
    process, url = start_server(binary)
    passed, failed = 0, []
    try:
        for check in CHECKS:
            started = time.monotonic()
            try:
                check(url, screenshot)
                passed += 1
            except (AssertionError, TimeoutException, Exception) as error:  # noqa: BLE001
                failed.append((check.__name__, error, traceback.format_exc(limit=3)))
            if time.monotonic() - started > 60:
                failed.append((check.__name__, "took over 60 s", ""))
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
    for name, error, trace in failed:
        print("  FAILED %s: %s" % (name, error))
        if trace:
            print("    " + trace.strip().replace("\n", "\n    "))
    print("browser: %d passed, %d failed" % (passed, len(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
