"""A complete report made with the keyboard alone, checking what a screen reader is given on the way:
the log's new entries (each message added once, nothing re-rendered), the names and roles of the
controls, and where focus is. Loose about the assistant's words, strict about the widget."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.channels.webchat.support import (
    ACCOUNT,
    Widget,
    assert_no_axe_violations,
    next_move,
    reference_in,
)

pytestmark = pytest.mark.browser
MAX_TURNS = 45


def focus_is_visible(page: Page) -> bool:
    """The focused element has an outline or a focus ring (box-shadow) that is not nothing."""
    return bool(page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'; }"
    ))


def test_a_whole_report_by_keyboard_alone(page: Page, webchat_url: str) -> None:
    page.goto(webchat_url + "/")
    widget = Widget(page)

    # The first stop for a keyboard is the quick exit skip link, as in GOV.UK's component.
    page.keyboard.press("Tab")
    assert widget.focused_name() == "Leave this site quickly"
    assert focus_is_visible(page)

    # Tab through the page to the launcher; it says what it is and that it controls the chat.
    widget.tab_to(re.compile("chat now", re.I))
    assert focus_is_visible(page)
    expect(widget.launcher).to_have_attribute("aria-expanded", "false")
    widget.observe_log()
    page.keyboard.press("Enter")

    # Focus moves into the chat (the message box, with a visible label); the panel is a named region.
    expect(page.get_by_role("region", name="SpeakUp")).to_be_visible()
    expect(widget.input).to_be_focused()
    assert focus_is_visible(page)
    widget.wait_until_started()

    # It says it is an automated assistant, and who the person is chatting with.
    expect(page.get_by_text("automated assistant, not a person")).to_be_visible()
    expect(page.get_by_text("Now chatting with: the automated assistant")).to_be_visible()
    # Controls a screen reader user will meet, by role and name.
    expect(page.get_by_role("button", name="Leave this site quickly").last).to_be_visible()
    expect(page.get_by_role("button", name="Hide chat")).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("^Text size"))).to_be_visible()
    expect(page.get_by_role("button", name="Send")).to_be_visible()

    typed_a_choice = False
    reference = None
    for _turn in range(MAX_TURNS):
        said = widget.last_assistant_texts()
        reference = reference_in(said)
        if reference:
            break
        offered = widget.choice_titles()
        for title in offered:
            # The assistant's choices are real buttons, named by their text.
            expect(page.get_by_role("button", name=title, exact=True).first).to_be_visible()
        move = next_move(said, offered)
        if move.kind == "choose" and not typed_a_choice and re.search(r"street", move.value, re.I):
            # Every choice can be typed too: answer one question by typing the option.
            typed_a_choice = True
            widget.type_by_keyboard(move.value)
            # Understood as the choice: the assistant moved on instead of asking again.
            assert widget.last_assistant_texts()[-1:] != said[-1:], f"typing {move.value!r} was not taken"
        elif move.kind == "choose":
            widget.choose_by_keyboard(move.value)
        else:
            widget.type_by_keyboard(move.value)
        # Focus is back in the message box after every turn, never lost to the page.
        assert widget.focused_is_input(), f"focus went to {widget.focused_name()!r}"

        # What a screen reader is given: the new entries only, each once, and nothing re-rendered.
        log = widget.announcements()
        assert log["removed"] == 0, "messages were removed from the log (the history was re-rendered)"
        assert len(log["added"]) == widget.messages.count(), "each message is added to the log once"
    else:
        pytest.fail(f"no reference number after {MAX_TURNS} turns; last said: {widget.last_assistant_texts()}")

    # The end: a 12-digit reference number, shown as "dddd dddd dddd".
    assert reference is not None and re.fullmatch(r"\d{4} \d{4} \d{4}", reference)
    # The log holds the whole conversation, each message once, with who said it.
    log = widget.announcements()
    assert log["removed"] == 0
    assert len(log["added"]) == widget.messages.count(), "each message is added to the log exactly once"
    assert any(ACCOUNT in text for text in log["added"]), "the person's own words are in the log"
    assert all(text.startswith(("SpeakUp (automated)", "You", "Call handler", "Notice")) for text in log["added"])
    assert typed_a_choice, "no choice was answered by typing"
    # What the accessibility tree gives a screen reader for the log: the conversation, reference included.
    tree = widget.log.aria_snapshot()
    assert reference in tree and "SpeakUp (automated)" in tree and "You" in tree
    assert_no_axe_violations(page, "after the reference number")

    # The text size control says what it did, politely.
    widget.tab_to(re.compile("^Text size"), backwards=True, limit=80)
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Text size: large", exact=True)).to_be_focused()
    expect(page.locator("[data-chat-status]")).to_have_text("Text size is now large.")

    # Hiding the chat returns focus to the launcher, which now says the chat is still there.
    widget.tab_to(re.compile("^Hide chat$"), limit=5)
    page.keyboard.press("Enter")
    expect(widget.launcher).to_be_focused()
    expect(widget.launcher).to_have_text(re.compile("your chat", re.I))
    expect(widget.launcher).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Enter")
    expect(widget.input).to_be_focused()
    # The conversation is still there, not fetched again and re-announced.
    assert widget.announcements()["removed"] == 0
