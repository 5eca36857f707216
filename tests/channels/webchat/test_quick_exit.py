"""Leave this site quickly: by the button (on the page and in the chat), by Escape, and by Shift pressed
three times. Each time the page is replaced by the neutral one, Back does not show the chat, nothing
is left in the tab's storage or cookies, and the hub has ended the session (410)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from typing import Iterator

import pytest
import requests
from playwright.sync_api import BrowserContext, Page, expect

from bot.config import PROJECT_ROOT
from tests.channels.webchat.support import Widget
from tests.support.stack import environment_for_tests

pytestmark = pytest.mark.browser


def _chat_in_progress(page: Page, webchat_url: str) -> tuple[Widget, str]:
    # A page visited before the chat: where Back leads after leaving (history is not erased).
    page.goto(webchat_url + "/staying-safe-online")
    page.goto(webchat_url + "/")
    widget = Widget(page)
    widget.open()
    widget.say("Someone keeps following me home")
    session_id = widget.session_id()
    assert session_id
    return widget, session_id


def _assert_left_without_trace(page: Page, context: BrowserContext, webchat_url: str, session_id: str) -> None:
    page.wait_for_url(re.compile(r"/weather$"), timeout=10_000)
    expect(page.get_by_role("heading", level=1)).to_have_text("Weather forecast")
    assert page.evaluate("() => sessionStorage.length") == 0
    assert page.evaluate("() => localStorage.length") == 0
    assert context.cookies() == []
    # The hub has ended the session: the DELETE was sent with keepalive and survived the navigation.
    deadline = time.monotonic() + 10
    status = None
    while time.monotonic() < deadline:
        status = requests.get(f"{webchat_url}/api/chat/sessions/{session_id}/messages", timeout=10).status_code
        if status == 410:
            break
        time.sleep(0.2)
    assert status == 410, f"the session is still usable after quick exit ({status})"
    # Back does not return to the chat: the chat page's history entry was replaced.
    page.go_back()
    page.wait_for_load_state()
    assert not page.url.rstrip("/").endswith(webchat_url.rstrip("/")), page.url
    assert page.locator(".speakup-msg").count() == 0
    assert "Someone keeps following me home" not in page.content()
    assert page.evaluate("() => sessionStorage.length") == 0


def test_the_button_in_the_chat_leaves_without_trace(page: Page, context: BrowserContext, webchat_url: str) -> None:
    _widget, session_id = _chat_in_progress(page, webchat_url)
    page.get_by_role("region", name="SpeakUp").get_by_role("button", name="Leave this site quickly").click()
    _assert_left_without_trace(page, context, webchat_url, session_id)


def test_the_button_on_the_page_leaves_without_trace(page: Page, context: BrowserContext, webchat_url: str) -> None:
    widget, session_id = _chat_in_progress(page, webchat_url)
    page.get_by_role("button", name="Hide chat").click()
    expect(widget.launcher).to_be_focused()
    page.get_by_role("button", name=re.compile("^Leave this site quickly")).first.click()
    _assert_left_without_trace(page, context, webchat_url, session_id)


def test_escape_leaves_without_trace_even_while_typing(page: Page, context: BrowserContext, webchat_url: str) -> None:
    widget, session_id = _chat_in_progress(page, webchat_url)
    widget.input.fill("half-written message")
    widget.input.press("Escape")
    _assert_left_without_trace(page, context, webchat_url, session_id)


def test_shift_three_times_leaves_and_says_how_many_presses_remain(
    page: Page, context: BrowserContext, webchat_url: str
) -> None:
    _widget, session_id = _chat_in_progress(page, webchat_url)
    announcer = page.locator("[data-exit-this-page-announcer]")
    page.keyboard.press("Shift")
    expect(announcer).to_have_text(re.compile("press 2 more times"))
    page.keyboard.press("Shift")
    expect(announcer).to_have_text(re.compile("press 1 more time"))
    page.keyboard.press("Shift")
    _assert_left_without_trace(page, context, webchat_url, session_id)


def test_typing_capitals_or_waiting_does_not_count_towards_leaving(page: Page, webchat_url: str) -> None:
    page.clock.install()
    page.goto(webchat_url + "/")
    widget = Widget(page)
    widget.open()
    widget.input.focus()
    # Capital letters press Shift too: a letter in between resets the count.
    page.keyboard.press("Shift")
    page.keyboard.type("I Am OK")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift+A")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    assert page.url.rstrip("/") == webchat_url.rstrip("/")
    # Presses more than 5 seconds apart do not add up; screen readers hear that the count expired.
    page.clock.fast_forward(5_500)
    expect(page.locator("[data-exit-this-page-announcer]")).to_have_text(re.compile("timed out"))
    page.keyboard.press("Shift")
    assert page.url.rstrip("/") == webchat_url.rstrip("/")
    expect(widget.input).to_have_value("I Am OKA")


def test_the_first_tab_stop_is_the_quick_exit_skip_link(page: Page, context: BrowserContext, webchat_url: str) -> None:
    _widget, session_id = _chat_in_progress(page, webchat_url)
    # After a reload the chat comes back (same tab), and the first Tab reaches the quick exit.
    page.reload()
    _widget.wait_until_started()
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.textContent.trim()")
    assert focused == "Leave this site quickly"
    page.keyboard.press("Enter")
    _assert_left_without_trace(page, context, webchat_url, session_id)


# A neutral site elsewhere, as production should configure (docs/webchat.md). The browser never reaches the
# internet here: Playwright answers for that site with a plain page.
NEUTRAL_SITE = "https://weather.example.org/forecast"


@pytest.fixture(scope="module")
def hub_leaving_to_a_neutral_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The hub alone (the pages need neither Rasa nor the action server), with QUICK_EXIT_URL set."""
    var_dir = tmp_path_factory.mktemp("neutral-exit")
    env = {**os.environ, **environment_for_tests(var_dir, {"QUICK_EXIT_URL": NEUTRAL_SITE})}
    url = f"http://127.0.0.1:{env['HUB_PORT']}"
    with open(var_dir / "hub.log", "wb") as log:
        hub = subprocess.Popen([sys.executable, "-m", "bot.hub"], cwd=PROJECT_ROOT, env=env, stdout=log, stderr=log)
        try:
            wait_for_page(url + "/", hub)
            yield url
        finally:
            hub.terminate()
            hub.wait(timeout=30)


def wait_for_page(url: str, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "the hub stopped while starting"
        try:
            if requests.get(url, timeout=5).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.3)
    pytest.fail(f"{url} never answered")


def test_quick_exit_goes_to_the_neutral_site_configured(page: Page, hub_leaving_to_a_neutral_site: str) -> None:
    page.route(NEUTRAL_SITE, lambda route: route.fulfill(
        content_type="text/html", body="<!doctype html><html lang='en'><title>Weather</title><h1>Weather</h1></html>"))
    page.goto(hub_leaving_to_a_neutral_site + "/")
    links = page.locator("a[data-exit-this-page]")
    assert links.count() >= 1
    assert {links.nth(i).get_attribute("href") for i in range(links.count())} == {NEUTRAL_SITE}
    page.keyboard.press("Escape")
    page.wait_for_url(NEUTRAL_SITE, timeout=10_000)
    expect(page.get_by_role("heading", level=1)).to_have_text("Weather")
    page.go_back()
    page.wait_for_load_state()
    assert not page.url.startswith(hub_leaving_to_a_neutral_site), "Back returned to the page with the chat"
