"""axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) on every state of the chat, wide and 320 px wide, with
no horizontal scrolling at 320 px (reflow, which is also what 400% zoom of a 1280 px window gives)."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, ViewportSize, expect

from tests.channels.webchat.support import (
    NARROW,
    WIDE,
    Widget,
    assert_no_axe_violations,
    next_move,
    reference_in,
)

pytestmark = pytest.mark.browser
MAX_TURNS = 45


def check(page: Page, state: str) -> None:
    """axe at both widths, and no sideways scrolling at 320 px; leaves the page wide."""
    page.set_viewport_size(WIDE)
    assert_no_axe_violations(page, state + ", 1280 px")
    page.set_viewport_size(NARROW)
    assert_no_axe_violations(page, state + ", 320 px")
    overflow = page.evaluate("() => document.documentElement.scrollWidth")
    assert overflow <= NARROW["width"], f"{state}: the page scrolls sideways at 320 px ({overflow} px)"
    # The open panel fits the screen at the normal text size: nothing slides under its sticky bar (the
    # log and the choices scroll instead). With larger text the whole panel may scroll.
    panel = page.locator(".speakup-chat__panel")
    if panel.is_visible() and page.locator(".speakup-chat--text-large, .speakup-chat--text-largest").count() == 0:
        sizes = panel.evaluate("(p) => [p.scrollHeight, p.clientHeight]")
        assert sizes[0] <= sizes[1] + 1, f"{state}: the chat panel itself scrolls at 320 by 640 px {sizes}"
    page.set_viewport_size(WIDE)


@pytest.mark.parametrize("path", ["/", "/accessibility", "/staying-safe-online", "/weather"])
def test_each_page_with_the_chat_closed(page: Page, webchat_url: str, path: str) -> None:
    page.goto(webchat_url + path)
    check(page, f"{path}, chat closed")


def test_every_state_of_a_report(page: Page, webchat_url: str) -> None:
    page.goto(webchat_url + "/")
    widget = Widget(page)
    widget.open()
    check(page, "open")

    page.get_by_role("button", name=re.compile("^Text size")).click()
    page.get_by_role("button", name=re.compile("^Text size")).click()
    expect(page.get_by_role("button", name=re.compile("^Text size"))).to_have_text("Text size: largest")
    check(page, "open, largest text")
    page.get_by_role("button", name=re.compile("^Text size")).click()
    expect(page.get_by_role("button", name=re.compile("^Text size"))).to_have_text("Text size: normal")

    saw_summary = False
    for turn in range(MAX_TURNS):
        said = widget.last_assistant_texts()
        if reference_in(said):
            break
        offered = widget.choice_titles()
        if any(re.match(r"send", title, re.I) for title in offered):
            saw_summary = True
            check(page, "summary")
        elif turn % 3 == 1:
            check(page, f"mid-report, turn {turn}")
        move = next_move(said, offered)
        if move.kind == "choose":
            widget.choose(move.value)
        else:
            widget.say(move.value)
    else:
        pytest.fail(f"no reference number after {MAX_TURNS} turns; last said: {widget.last_assistant_texts()}")
    assert saw_summary, "the report ended without a summary to send"
    check(page, "reference number")


def test_reduced_motion_stops_the_typing_animation(page: Page, webchat_url: str) -> None:
    page.emulate_media(reduced_motion="reduce")
    page.goto(webchat_url + "/")
    names = page.evaluate(
        "() => [...document.querySelectorAll('.speakup-chat__typing-dots span')]"
        ".map((e) => getComputedStyle(e).animationName)"
    )
    assert names and all(name == "none" for name in names)


def test_on_a_narrow_screen_the_open_chat_makes_the_page_behind_it_inert(page: Page, webchat_url: str) -> None:
    """The panel covers the page at 320 px: focus must never land on something hidden under it."""
    page.set_viewport_size(NARROW)
    page.goto(webchat_url + "/")
    widget = Widget(page)
    widget.open()
    for _ in range(40):
        page.keyboard.press("Tab")
        inside = page.evaluate(
            "() => !!document.activeElement.closest('.speakup-chat__panel')"
            " || document.activeElement === document.body"
        )
        assert inside, f"focus went behind the chat to {widget.focused_name()!r}"
    page.get_by_role("button", name="Hide chat").click()
    expect(widget.launcher).to_be_focused()
    assert page.locator("[inert]").count() == 0


def test_at_400_percent_zoom_the_chat_reflows_and_quick_exit_stays_on_screen(page: Page, webchat_url: str) -> None:
    """A 1280 by 1024 window at 400% zoom is 320 by 256 CSS pixels."""
    page.set_viewport_size({"width": 320, "height": 256})
    page.goto(webchat_url + "/")
    widget = Widget(page)
    widget.open()
    widget.say("Hello")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
    panel = page.locator(".speakup-chat__panel")
    exit_button = panel.get_by_role("button", name="Leave this site quickly")
    for position in ("0", "panel.scrollHeight"):
        panel.evaluate(f"(panel) => {{ panel.scrollTop = {position}; }}")
        box = exit_button.bounding_box()
        assert box is not None
        assert box["y"] >= 0 and box["y"] + box["height"] <= 256 and box["x"] + box["width"] <= 320, box
        assert panel.evaluate("(panel) => panel.scrollWidth <= panel.clientWidth")
    # Everything else can still be reached by scrolling, and the message box is where focus is.
    expect(widget.input).to_be_focused()
    expect(widget.input).to_be_in_viewport()


_COVERED = """
() => {
  const focused = document.activeElement;
  if (!focused || focused === document.body) return null;
  const r = focused.getBoundingClientRect();
  const covers = [...document.querySelectorAll('.speakup-chat__launcher, .site-exit-bar')]
    .filter((e) => !e.contains(focused) && e.getClientRects().length > 0)
    .map((e) => e.getBoundingClientRect());
  const inside = (c) => r.left >= c.left && r.right <= c.right && r.top >= c.top && r.bottom <= c.bottom;
  return covers.some(inside) ? (focused.textContent || focused.tagName).trim() : null;
}
"""


@pytest.mark.parametrize("viewport", [WIDE, NARROW], ids=["1280px", "320px"])
def test_nothing_focused_is_hidden_under_the_launcher_or_the_exit_bar(page: Page, webchat_url: str, viewport: ViewportSize) -> None:
    """WCAG 2.4.11: the floating launcher and the sticky quick exit bar never hide what has focus."""
    page.set_viewport_size(viewport)
    page.goto(webchat_url + "/accessibility")
    for backwards in (False, True):
        for _ in range(70):
            page.keyboard.press("Shift+Tab" if backwards else "Tab")
            hidden = page.evaluate(_COVERED)
            assert hidden is None, f"{hidden!r} has focus but is hidden under the launcher or the exit bar"


def test_keyboard_focus_can_leave_the_open_chat(page: Page, webchat_url: str) -> None:
    """No keyboard trap: on a wide screen Tab goes on from the chat to the rest of the page."""
    page.goto(webchat_url + "/")
    widget = Widget(page)
    widget.open()
    outside = False
    for _ in range(40):
        page.keyboard.press("Tab")
        if not page.evaluate("() => !!document.activeElement.closest('.speakup-chat__panel')"):
            outside = True
            break
    assert outside, "Tab never left the chat panel"


_TEXT_SPACING = """
() => {
  for (const e of document.querySelectorAll('.speakup-chat *, .exit-this-page *, .site-main *')) {
    e.style.setProperty('line-height', '1.5', 'important');
    e.style.setProperty('letter-spacing', '0.12em', 'important');
    e.style.setProperty('word-spacing', '0.16em', 'important');
    if (e.tagName === 'P') e.style.setProperty('margin-bottom', '2em', 'important');
  }
  const clipped = [];
  for (const e of document.querySelectorAll('.speakup-chat button, .speakup-chat p, .speakup-chat label, .exit-this-page__button')) {
    if (e.closest('.speakup-visually-hidden') || e.classList.contains('speakup-visually-hidden')) continue;
    if (!e.getClientRects().length) continue;
    if (e.scrollWidth > e.clientWidth + 1) clipped.push(e.textContent.trim().slice(0, 40));
  }
  return clipped;
}
"""


@pytest.mark.parametrize("viewport", [WIDE, NARROW], ids=["1280px", "320px"])
def test_text_spacing_can_be_increased_without_losing_text(page: Page, webchat_url: str, viewport: ViewportSize) -> None:
    """WCAG 1.4.12: with the text spacing a reader's own style sheet may set, nothing is cut off."""
    page.set_viewport_size(viewport)
    page.goto(webchat_url + "/")
    widget = Widget(page)
    widget.open()
    assert page.evaluate(_TEXT_SPACING) == []
    assert page.evaluate("() => document.documentElement.scrollWidth") <= viewport["width"]
