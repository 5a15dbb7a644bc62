#!/usr/bin/env python3
"""Browser check of `haven serve`: headless Chromium walks sign-up → invite → join → check-in →
pause → dashboards as two partners and saves a screenshot of each step.

Needs Debian's chromium and chromium-driver, and `pip install selenium`. Talks to loopback only.
Usage: Tools/browser-check/browser_check.py [path/to/haven] [output-dir]
"""
import os
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

HAVEN = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/haven"
OUT = sys.argv[2] if len(sys.argv) > 2 else "out/browser-check"
PORT = int(os.environ.get("PORT", "18081"))
BASE = f"http://127.0.0.1:{PORT}"


def browser():
    options = webdriver.ChromeOptions()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=412,1100"]:
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def fill(driver, fields):
    for name, value in fields.items():
        element = driver.find_element(By.NAME, name)
        element.clear()
        element.send_keys(value)


def shot(driver, name):
    height = driver.execute_script("return document.body.scrollHeight")
    driver.set_window_size(412, min(max(height + 40, 600), 4000))
    path = os.path.join(OUT, name + ".png")
    driver.save_screenshot(path)
    print("saved", path)


def submit(driver, action):
    """Submits the form posting to `action` and waits for the next page."""
    page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, f'form[action="{action}"] button[type=submit]').click()
    WebDriverWait(driver, 15).until(expected_conditions.staleness_of(page))


def sign_up(driver, name, email):
    driver.get(BASE + "/signup")
    fill(driver, {"displayName": name, "email": email, "password": "correct horse battery"})
    submit(driver, "/signup")
    assert driver.current_url.endswith("/home"), driver.current_url


def main():
    os.makedirs(OUT, exist_ok=True)
    work = tempfile.mkdtemp()
    server = subprocess.Popen([os.path.abspath(HAVEN), "serve", "--port", str(PORT), "--database", work + "/haven.sqlite"],
                              cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(BASE + "/", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        ana, sam = browser(), browser()
        try:
            ana.get(BASE + "/")
            shot(ana, "01-landing")
            sign_up(ana, "Ana", "ana@example.org")
            ana.get(BASE + "/couple")
            submit(ana, "/couple/create")
            code = ana.find_element(By.CSS_SELECTOR, ".code").text
            shot(ana, "02-invite-code")

            sign_up(sam, "Sam", "sam@example.org")
            sam.get(BASE + "/couple")
            fill(sam, {"inviteCode": code})
            submit(sam, "/couple/join")
            shot(sam, "03-joined")

            for answers in ([2, 2, 3, 2, 2, 3, 2, 2, 3], [4, 4, 4, 5, 4, 4, 4, 5, 4]):
                ana.get(BASE + "/checkins/new/haven-wellbeing")
                for item, value in enumerate(answers, start=1):
                    ana.find_element(By.ID, f"q{item}-{value}").click()
                ana.find_element(By.ID, "vis-partner").click()
                submit(ana, "/checkins")
            shot(ana, "04-checkin-history")

            ana.get(BASE + "/coach")
            fill(ana, {"text": "You never listen to me, you always do this."})
            submit(ana, "/coach")
            shot(ana, "05-coach")

            ana.get(BASE + "/home")
            submit(ana, "/pause")
            sam.get(BASE + "/home")
            assert "Ana needs a break" in sam.page_source
            shot(sam, "06-partner-sees-pause")
            sam.get(BASE + "/couple")
            fill(sam, {"text": "Thank you for the tea this morning."})
            submit(sam, "/appreciations")
            shot(sam, "07-couple-dashboard")
            ana.get(BASE + "/home")
            shot(ana, "08-private-dashboard")

            export = os.path.join(work, "WhatsApp Chat with Sam.txt")
            with open(export, "w") as f:
                f.write("12/01/2024, 20:15 - Ana: You never listen to me, you always do this.\n"
                        "12/01/2024, 20:16 - Sam: I'm sorry, I was tired. Can we talk after dinner?\n"
                        "12/01/2024, 20:17 - Ana: Whatever.\n"
                        "12/01/2024, 20:30 - Sam: I love you, thank you for cooking tonight.\n")
            ana.get(BASE + "/analysis")
            ana.find_element(By.ID, "file").send_keys(export)
            fill(ana, {"participant": "Ana"})
            submit(ana, "/analysis")
            shot(ana, "09-chat-analysis")
            ana.find_element(By.LINK_TEXT, "Open the full report").click()
            WebDriverWait(ana, 15).until(expected_conditions.title_contains("how you talk"))
            shot(ana, "10-chat-report")
        finally:
            ana.quit()
            sam.quit()
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
