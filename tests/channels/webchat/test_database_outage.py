"""The widget while the database is away (PostgreSQL stopped for real, under the hub in a thread with the
assistant stand-in): it says so in an alert, keeps what the person typed, and sends the same message (the
same client_message_id) by itself until the hub accepts it, once the database is back; it is kept and
answered once. Its live stream, cut by the outage, reconnects by itself: a later message reaches it."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterator

import pytest
import sqlalchemy as sa
from playwright.sync_api import Page, Request, expect

from tests.channels.webchat.support import Widget, assert_no_axe_violations
from tests.support.assistant_standin import text
from bot.notifier import person_topic
from tests.bot.console.support import conversation_of_chat
from tests.support.inprocess_hub import HubInThread, inprocess_hub_in_thread
from tests.support.postgresql import ThrowawayPostgres, running_postgres

pytestmark = pytest.mark.browser
MESSAGES = re.compile(r"/api/chat/sessions/[^/]+/messages$")
EVENTS = re.compile(r"/api/chat/sessions/[^/]+/events")
# What the widget says (its catalogue, channels/webchat/widget/locales/en.json), not how the hub put it.
UNAVAILABLE = "SpeakUp cannot take messages for a moment"
# The widget's own pauses before trying again are 2, 4, 8... seconds.
RETRIED_WITHIN_MS = 30_000


@pytest.fixture(scope="module")
def postgres() -> Iterator[ThrowawayPostgres]:
    """A server of this module's own, not the session's shared one (tests/conftest.py): the test stops it."""
    yield from running_postgres()


@pytest.fixture
def served(postgres: ThrowawayPostgres, tmp_path: Path) -> Iterator[HubInThread]:
    with inprocess_hub_in_thread(tmp_path, {"DATABASE_URL": postgres.url}) as running:
        yield running


def times_said(postgres: ThrowawayPostgres, said: str) -> int:
    engine = sa.create_engine(postgres.url, future=True)
    with engine.connect() as connection:
        count = connection.execute(sa.text("SELECT count(*) FROM messages WHERE text = :said"), {"said": said}).scalar()
    engine.dispose()
    return int(count or 0)


def test_the_widget_says_the_message_waits_and_sends_it_once_the_database_is_back(
    page: Page, served: HubInThread, postgres: ThrowawayPostgres
) -> None:
    hub = served.hub
    hub.standin.otherwise = [text("Hello, I'm SpeakUp, an automated assistant.")]
    hub.standin.when("Someone keeps following me home", text("I'm sorry. When did it start?"))
    page.goto(str(hub.client.make_url("/")))
    widget = Widget(page)
    widget.open()
    sent: list[dict[str, Any]] = []

    def record(request: Request) -> None:
        if request.method == "POST" and MESSAGES.search(request.url):
            sent.append(json.loads(request.post_data or "{}"))

    page.on("request", record)
    stream_answers: list[int] = []
    page.on("response", lambda response: stream_answers.append(response.status) if EVENTS.search(response.url) else None)
    conversation_id = conversation_of_chat(postgres.url, widget.session_id() or "")
    postgres.halt()
    try:
        # Woken, the widget's open stream cannot read, and ends: the browser reconnects to 503s meanwhile.
        served.loop.call_soon_threadsafe(hub.notifier.notify, person_topic(conversation_id))
        widget.input.fill("Someone keeps following me home")
        widget.input.press("Enter")
        # Announced at once (role=alert), in the person's language, with the emergency number.
        notice = page.get_by_role("alert").filter(has_text=UNAVAILABLE)
        expect(notice).to_be_visible()
        expect(notice).to_contain_text("999")
        expect(widget.input).to_have_value("Someone keeps following me home")
        assert_no_axe_violations(page, "database unavailable")
        # The live stream reconnects (after its retry pause) and is refused while the database is away.
        for _ in range(100):
            if 503 in stream_answers:
                break
            page.wait_for_timeout(200)
        assert 503 in stream_answers, stream_answers
    finally:
        postgres.start_again()

    expect(page.locator(".speakup-msg--assistant").last).to_have_text(
        re.compile("When did it start"), timeout=RETRIED_WITHIN_MS)
    expect(page.locator("[data-chat-alert]")).to_be_empty()
    expect(widget.input).to_have_value("")
    expect(page.locator(".speakup-msg--person")).to_have_count(1)
    assert len(sent) >= 2 and len({body["client_message_id"] for body in sent}) == 1
    assert times_said(postgres, "Someone keeps following me home") == 1

    # The live stream is back by itself: a message pushed later (a call handler's) reaches the widget.
    served.call(hub.router.push(conversation_id, "handler", "Hello, I'm a call handler. I'm here to help."))
    expect(page.locator(".speakup-msg").last).to_have_text(re.compile("call handler"), timeout=RETRIED_WITHIN_MS)
