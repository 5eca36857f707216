"""Messages pushed later (a call handler's replies, the hub's notices) reach the open chat without a
reload, over server-sent events, are announced once (added to the log), and say clearly who is there.

There is no public route to push a message until the staff console exists (issue 5), so the test writes
pushed rows into the transcript as the router would; the hub's live stream re-reads the database at
least every 15 seconds (its heartbeat), so they arrive within about 15 s."""
from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from playwright.sync_api import Page, expect

from bot.storage.database import utcnow
from bot.storage.schema import chat_sessions, messages
from tests.channels.webchat.support import NARROW, WIDE, Widget, assert_no_axe_violations, token_hash

pytestmark = pytest.mark.browser
ARRIVAL_MS = 25_000


def push(engine: sa.engine.Engine, session_id: str, *said: tuple[str, str]) -> None:
    with engine.begin() as connection:
        conversation_id = connection.execute(
            sa.select(chat_sessions.c.conversation_id).where(chat_sessions.c.token_hash == token_hash(session_id))
        ).scalar_one()
        for sender, text in said:
            connection.execute(
                messages.insert().values(
                    conversation_id=conversation_id, created_at=utcnow(), sender=sender, text=text, pushed=True
                )
            )


def test_a_call_handler_joins_talks_and_leaves(page: Page, webchat_url: str, webchat_db: sa.engine.Engine) -> None:
    page.goto(webchat_url + "/")
    widget = Widget(page)
    widget.open()
    widget.observe_log()
    session_id = widget.session_id()
    assert session_id
    before = widget.messages.count()

    push(
        webchat_db,
        session_id,
        ("system", "A call handler has joined the chat."),
        ("handler", "Hello, I'm a call handler. I've read what you said. Are you safe right now?"),
    )
    handler_message = page.locator(".speakup-msg--handler")
    expect(handler_message).to_have_count(1, timeout=ARRIVAL_MS)
    expect(page.locator(".speakup-msg--system")).to_have_count(1)
    # Shown as from a call handler, and the notice as a notice; the header says a person is there.
    expect(handler_message).to_contain_text("Call handler")
    expect(handler_message).to_contain_text("Are you safe right now?")
    expect(page.locator(".speakup-msg--system")).to_contain_text("Notice")
    expect(page.get_by_text("Now chatting with: a call handler (a person)")).to_be_visible()
    # Announced once: two entries added to the log, nothing removed or repeated.
    log = widget.announcements()
    assert log["removed"] == 0
    assert len(log["added"]) == 2 and widget.messages.count() == before + 2
    assert log["added"][1].startswith("Call handler")

    assert_no_axe_violations(page, "handoff, 1280 px")
    page.set_viewport_size(NARROW)
    assert_no_axe_violations(page, "handoff, 320 px")
    page.set_viewport_size(WIDE)

    # The person answers while a handler holds the chat (the assistant may say nothing back).
    widget.input.fill("Yes, I'm at a friend's house")
    widget.input.press("Enter")
    widget.wait_until_idle()
    expect(widget.input).to_have_value("")
    expect(page.locator(".speakup-msg--person").last).to_contain_text("at a friend's house")

    push(
        webchat_db,
        session_id,
        ("system", "The call handler has left the chat."),
        ("assistant", "You're back with the automated assistant."),
    )
    expect(page.locator(".speakup-msg--system")).to_have_count(2, timeout=ARRIVAL_MS)
    expect(page.get_by_text("Now chatting with: the automated assistant")).to_be_visible()
    assert widget.announcements()["removed"] == 0


def test_after_a_reload_the_chat_resumes_without_repeating_anything(page: Page, webchat_url: str) -> None:
    page.goto(webchat_url + "/")
    widget = Widget(page)
    widget.open()
    widget.say("I want to report something")
    session_id = widget.session_id()
    shown = widget.texts()

    page.reload()
    expect(page.get_by_role("region", name="SpeakUp")).to_be_visible()
    expect(page.locator(".speakup-msg")).to_have_count(len(shown))
    assert widget.texts() == shown
    assert widget.session_id() == session_id
    # Resumed quietly: the log was not a live region while the transcript was put back.
    expect(widget.log).not_to_have_attribute("aria-live", "off", timeout=2_000)
    assert page.evaluate("() => document.cookie") == ""
    assert page.evaluate("() => localStorage.length") == 0
    assert set(page.evaluate("() => Object.keys(sessionStorage)")) == {"speakup-chat"}


def test_a_message_that_comes_while_the_chat_is_hidden_is_not_missed(
    page: Page, webchat_url: str, webchat_db: sa.engine.Engine
) -> None:
    page.goto(webchat_url + "/")
    widget = Widget(page)
    widget.open()
    session_id = widget.session_id()
    assert session_id
    page.get_by_role("button", name="Hide chat").click()
    expect(widget.launcher).to_have_text(re.compile("Go back to your chat"))

    push(webchat_db, session_id, ("handler", "Hello, I'm a call handler. Are you safe right now?"))
    # The log is hidden, so it cannot speak: the launcher and a status outside the panel do.
    expect(widget.launcher).to_have_text(re.compile("New message"), timeout=ARRIVAL_MS)
    expect(page.locator("[data-chat-hidden-status]")).to_have_text("There is a new message in your chat.")
    widget.launcher.click()
    expect(page.locator(".speakup-msg--handler")).to_contain_text("Are you safe right now?")
    expect(widget.input).to_be_focused()


def test_the_chat_carries_on_across_the_sites_pages_in_the_same_tab(page: Page, webchat_url: str) -> None:
    page.goto(webchat_url + "/")
    widget = Widget(page)
    widget.open()
    session_id = widget.session_id()
    shown = widget.texts()
    page.get_by_role("link", name="Staying safe online").first.click()
    page.wait_for_url(re.compile("/staying-safe-online$"))
    expect(page.locator(".speakup-msg")).to_have_count(len(shown))
    assert widget.session_id() == session_id
    # A new tab (or a new visit) starts with nothing: sessionStorage belongs to this tab only.
    other = page.context.new_page()
    other.goto(webchat_url + "/")
    assert other.evaluate("() => sessionStorage.length") == 0
    expect(Widget(other).launcher).to_have_text(re.compile("chat now"))
    other.close()
