"""The whole path with the real assistant: a person on the web chat asks for a person, a call handler
signed in to the console (headless Chromium) takes the conversation over, they write to each other,
and the handler hands back to the assistant, which carries on.

The same with an SMS conversation through the Twilio stand-in is still to be written (see
docs/console.md): the console is channel-blind, the router's deliverer does the sending."""
from __future__ import annotations

import time
from typing import Callable

import pytest
import sqlalchemy as sa
from playwright.sync_api import Page, expect

from bot.launcher import Stack
from bot.storage.schema import conversations
from tests.bot.console.conftest import wait_for
from tests.bot.console.support import add_staff, conversation_of_chat, sign_in
from tests.support.chat import ChatPerson, LiveStream

pytestmark = pytest.mark.browser


def test_a_person_talks_to_a_call_handler_and_back_to_the_assistant(
    stack: Stack, hub_url: str, console_url: str, database: sa.engine.Engine, new_page: Callable[[], Page]
) -> None:
    add_staff(stack.settings.database_url, "e2e-handler")
    page = new_page()
    # Signed in first: the router asks whether anyone is on duty before it queues a request.
    sign_in(page, console_url, "e2e-handler")

    person = ChatPerson(hub_url)
    person.start()
    conversation_id = conversation_of_chat(stack.settings.database_url, person.session_id or "")
    stream = LiveStream(person)
    person.say("I want to talk to a person")
    with database.connect() as connection:
        waiting = connection.execute(
            sa.select(conversations.c.status, conversations.c.handoff_requested_at).where(conversations.c.id == conversation_id)
        ).one()
    # The assistant itself put the conversation in the queue (nothing here does it for it).
    assert waiting.status == "waiting" and waiting.handoff_requested_at is not None

    claim = page.get_by_role("button", name=f"Take conversation {conversation_id[:8]}")
    expect(claim).to_be_visible(timeout=20_000)
    claim.click()
    expect(page.get_by_role("heading", name=f"Conversation {conversation_id[:8]}")).to_be_visible()
    expect(page.get_by_role("log")).to_contain_text("I want to talk to a person")
    joined = [m for m in person.transcript() if m["sender"] == "system"]
    assert joined and "call handler has joined" in joined[-1]["text"] and "e2e-handler" not in joined[-1]["text"]

    # The handler's message reaches the person's live stream within a second.
    page.get_by_label("Your message to the person").fill("Hello, I'm a call handler. I've read what you said.")
    sent_at = time.monotonic()
    page.get_by_role("button", name="Send", exact=True).click()
    arrived_at, message = stream.first_from("handler", sent_at)
    assert message["text"] == "Hello, I'm a call handler. I've read what you said."
    assert arrived_at - sent_at < 1.0, f"took {arrived_at - sent_at:.2f} s"
    assert any(m["sender"] == "handler" for m in person.transcript())

    # The person's reply appears in the console as they send it; the assistant stays silent.
    assert person.say("Thank you. It happened again last night.") == []
    expect(page.get_by_role("log")).to_contain_text("It happened again last night.", timeout=2000)

    handed_at = time.monotonic()
    page.get_by_role("button", name="Hand back to the assistant").click()
    expect(page.get_by_role("status").first).to_contain_text("back with the assistant")
    _t, left = stream.first_from("system", handed_at)
    assert "left" in left["text"]
    # The assistant carries on where it was: it speaks after the notice, and answers the next message.
    after_notice = wait_for(
        lambda: [m for m in person.transcript() if m["sender"] == "assistant" and m["id"] > left["id"]], timeout=30
    )
    assert after_notice[0]["text"]
    replies = person.say("What helplines are there?")
    assert replies and all(m["sender"] == "assistant" for m in replies)
    with database.connect() as connection:
        row = connection.execute(sa.select(conversations).where(conversations.c.id == conversation_id)).one()
    assert row.status == "assistant" and row.handler_id is None
    stream.close()
