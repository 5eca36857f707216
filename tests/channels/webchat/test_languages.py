"""The widget in the person's language, in a real browser: the language control, labels that follow the
language, lang and dir on every message, right-to-left mirroring, and axe (WCAG 2.2 AA) with none of
its rules broken in a right-to-left, a Latin and an Indic language."""
from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.channels.webchat.support import NARROW, WIDE, Widget, assert_no_axe_violations

pytestmark = pytest.mark.browser


def choose_language(page: Page, widget: Widget, code: str) -> None:
    before = widget.messages.count()
    page.locator("[data-chat-language]").select_option(code)
    widget.wait_for_more_messages(before)


@pytest.mark.parametrize(
    "code, tag, direction, send_label",
    [("ur", "ur", "rtl", "بھیجیں"), ("pl", "pl", "ltr", "Wyślij"), ("gu", "gu", "ltr", "મોકલો")],
    ids=["Urdu (right to left)", "Polish (Latin)", "Gujarati (Indic)"],
)
def test_choosing_a_language_puts_the_whole_chat_in_it(
    page: Page, webchat_url: str, code: str, tag: str, direction: str, send_label: str
) -> None:
    page.set_viewport_size(WIDE)
    page.goto(webchat_url + "/")
    widget = Widget(page)
    widget.open()
    choose_language(page, widget, code)
    chat = page.locator("[data-module=speakup-chat]")
    expect(chat).to_have_attribute("lang", tag)
    expect(chat).to_have_attribute("dir", direction)
    expect(page.locator("[data-chat-send]")).to_have_text(send_label)
    # The notice and the assistant's answer are marked with their language, for screen readers' voices.
    newest = page.locator(".speakup-msg--system .speakup-msg__text").last
    expect(newest).to_have_attribute("lang", tag)
    expect(newest).to_have_attribute("dir", direction)
    # Every option names its language in that language, marked with its own lang.
    expect(page.locator("[data-chat-language] option[value=ur]")).to_have_attribute("lang", "ur")
    expect(page.locator("[data-chat-language] option[value=ur]")).to_have_text("اردو")
    assert_no_axe_violations(page, f"{code}, 1280 px")
    page.set_viewport_size(NARROW)
    assert_no_axe_violations(page, f"{code}, 320 px")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= NARROW["width"]


def test_right_to_left_mirrors_the_messages(page: Page, webchat_url: str) -> None:
    page.set_viewport_size(WIDE)
    page.goto(webchat_url + "/")
    widget = Widget(page)
    widget.open()
    choose_language(page, widget, "ar")
    before = widget.messages.count()
    page.locator("[data-chat-input]").fill("أريد الإبلاغ عن حادث")  # its label is in Arabic now
    page.locator("[data-chat-input]").press("Enter")
    widget.wait_for_more_messages(before)
    mine = page.locator(".speakup-msg--person").last
    log_box = page.locator("[data-chat-log]").bounding_box()
    box = mine.bounding_box()
    assert log_box and box
    # In a right-to-left chat the person's own messages sit on the left, as in their messaging apps.
    assert box["x"] - log_box["x"] < 40


def test_a_reload_keeps_the_language(page: Page, webchat_url: str) -> None:
    page.goto(webchat_url + "/")
    widget = Widget(page)
    widget.open()
    choose_language(page, widget, "pt")
    page.reload()
    expect(page.locator("[data-module=speakup-chat]")).to_have_attribute("lang", "pt")
    expect(page.locator("[data-chat-language]")).to_have_value("pt")


def test_urdu_is_shown_in_nastaliq_from_the_systems_fonts(page: Page, webchat_url: str) -> None:
    page.goto(webchat_url + "/")
    widget = Widget(page)
    widget.open()
    choose_language(page, widget, "ur")
    newest = page.locator(".speakup-msg--system .speakup-msg__text").last
    family = newest.evaluate("element => getComputedStyle(element).fontFamily")
    assert family.startswith('"Noto Nastaliq Urdu"'), family
    # The font really drew the text (installed, not fetched): Chromium reports the faces it used.
    session = page.context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    nodes = session.send("DOM.querySelectorAll", {
        "nodeId": session.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"],
        "selector": ".speakup-msg--system .speakup-msg__text",
    })["nodeIds"]
    used = {font["familyName"] for font in session.send("CSS.getPlatformFontsForNode", {"nodeId": nodes[-1]})["fonts"]}
    assert "Noto Nastaliq Urdu" in used, used
