"""PostgreSQL stops in the middle of a conversation and comes back (issue 12, point 3).

A real throwaway PostgreSQL server (tests/support/postgresql.py) under the hub in this test's loop, against
the assistant stand-in (no Rasa: the point is the hub and its database). While the server is down every
request is answered 503 with Retry-After and the chat API's error, /healthz names the database, and
nothing is stored or sent; once it is back the hub carries on by itself, and the message sent again is
kept and answered exactly once. The operator reads one WARNING and one INFO, not a traceback per request."""
from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any, Iterator

import pytest
import sqlalchemy as sa
from aiohttp import ClientResponse
from rasa.core.tracker_store import TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import read_endpoint_config

from bot.storage.outage import RETRY_AFTER_SECONDS
from bot.notifier import person_topic
from bot.settings_core import PROJECT_ROOT
from tests.bot.console.support import form_token
from tests.channels.texting.fixtures import new_chat_id, new_number
from tests.channels.texting.people import TELEGRAM_WEBHOOK, TWILIO_WEBHOOK, Hub, TelegramUser, TwilioPhone
from tests.support.assistant_standin import text
from tests.support.inprocess_hub import InProcessHub, WebChat, start_inprocess_hub
from tests.support.postgresql import ThrowawayPostgres, running_postgres
from tests.support.standins import SMS_NUMBER, StandIns

# Needs PostgreSQL, which `make test` installs and `make test-fast` does without, as tests/test_postgresql.py.
pytestmark = pytest.mark.stack


@pytest.fixture(scope="module")
def postgres() -> Iterator[ThrowawayPostgres]:
    """A server of this module's own, not the session's shared one (tests/conftest.py): these tests stop
    it, which must not cut off the other tests' connections."""
    yield from running_postgres()


@pytest.fixture
def database_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO, logger="bot")
    return caplog


async def post_message(hub: InProcessHub, chat: WebChat, body: dict[str, Any]) -> ClientResponse:
    return await hub.client.post(f"/api/chat/sessions/{chat.session_id}/messages", json=body)


async def assert_database_unavailable(response: ClientResponse) -> None:
    """What the widget (or any client) is told while the database is away."""
    assert response.status == 503, await response.text()
    assert response.headers["Retry-After"] == str(RETRY_AFTER_SECONDS)
    error = (await response.json())["error"]
    assert error["code"] == "database_unavailable"
    assert "nothing of this request was stored" in error["message"]


def outage_lines(logs: pytest.LogCaptureFixture) -> list[tuple[str, str]]:
    return [(record.levelname, record.getMessage()) for record in logs.records if record.name == "bot.storage"]


def assert_logged_once_each_way(logs: pytest.LogCaptureFixture) -> None:
    """One WARNING when the database went away, one INFO when it came back; no traceback, whichever part
    of the hub met the outage."""
    lines = outage_lines(logs)
    assert [level for level, _ in lines] == ["WARNING", "INFO"], lines
    assert lines[0][1].startswith("the database cannot be reached (psycopg2.OperationalError)")
    assert lines[1][1] == "the database is back"
    assert not [record for record in logs.records if record.exc_info], logs.text


def count_in_transcript(postgres: ThrowawayPostgres, conversation_id: str) -> dict[str, int]:
    """How many times each text is in the conversation's transcript, read straight from PostgreSQL."""
    engine = sa.create_engine(postgres.url, future=True)
    with engine.connect() as connection:
        texts = connection.execute(
            sa.text("SELECT text FROM messages WHERE conversation_id = :id ORDER BY id"), {"id": conversation_id}
        ).scalars().all()
    engine.dispose()
    counts: dict[str, int] = {}
    for said in texts:
        counts[said] = counts.get(said, 0) + 1
    return counts


# A restart (fast: sessions cut off cleanly) and a crash (immediate: no shutdown, recovery on start).
@pytest.mark.parametrize("stop_mode", ["fast", "immediate"])
async def test_a_web_chat_through_a_database_restart(
    postgres: ThrowawayPostgres, tmp_path: Path, database_logs: pytest.LogCaptureFixture, stop_mode: str
) -> None:
    async with start_inprocess_hub(tmp_path, {"DATABASE_URL": postgres.url}) as hub:
        hub.standin.when("someone followed me home", text("I'm sorry that happened. When was it?"))
        chat = await hub.open_chat()
        sent = {"text": "someone followed me home", "client_message_id": "widget-1"}

        postgres.halt(stop_mode)
        try:
            await assert_database_unavailable(await post_message(hub, chat, sent))
            # Tried again, as the widget does: the same answer, and still nothing logged per request.
            await assert_database_unavailable(await post_message(hub, chat, sent))
            await assert_database_unavailable(await hub.client.get(f"/api/chat/sessions/{chat.session_id}/messages"))
            health = await hub.client.get("/healthz")
            assert health.status == 503
            report = await health.json()
            assert report["down"] == ["database"] and report["checks"]["database"] is False
            assert "database cannot be reached" in report["message"]
        finally:
            postgres.start_again()

        # Back by itself: the first request after the restart is accepted and answered.
        accepted = await post_message(hub, chat, sent)
        assert accepted.status == 200, await accepted.text()
        assert [m["text"] for m in (await accepted.json())["messages"]] == ["I'm sorry that happened. When was it?"]
        # A second copy (the widget's retry crossing its answer) is answered from the transcript.
        again = await post_message(hub, chat, sent)
        assert [m["text"] for m in (await again.json())["messages"]] == ["I'm sorry that happened. When was it?"]
        assert (await hub.client.get("/healthz")).status == 200

    transcript = count_in_transcript(postgres, chat.conversation_id)
    assert transcript["someone followed me home"] == 1
    assert transcript["I'm sorry that happened. When was it?"] == 1
    assert hub.standin.texts(chat.conversation_id).count("someone followed me home") == 1
    assert_logged_once_each_way(database_logs)
    assert not [record for record in database_logs.records if record.levelno >= logging.ERROR], database_logs.text


async def test_a_message_stored_just_before_the_database_went_away_is_answered_once(
    postgres: ThrowawayPostgres, tmp_path: Path
) -> None:
    """The message is stored, the assistant takes the turn, and the database goes before its answer is
    stored: the client is told 503 (not acknowledged), and the same message sent again is answered once,
    sent to the assistant as sent before with the same id (so Rasa answers it from its tracker)."""
    async with start_inprocess_hub(tmp_path, {"DATABASE_URL": postgres.url}) as hub:
        hub.standin.when("he hit me", text("I'm so sorry. Are you safe now?"), after=1.0)
        chat = await hub.open_chat()
        sent = {"text": "he hit me", "client_message_id": "widget-7"}

        answering = asyncio.ensure_future(post_message(hub, chat, sent))
        while "he hit me" not in hub.standin.texts(chat.conversation_id):
            await asyncio.sleep(0.02)
        await asyncio.to_thread(postgres.halt)
        try:
            await assert_database_unavailable(await answering)
        finally:
            await asyncio.to_thread(postgres.start_again)

        hub.standin.when("he hit me", text("I'm so sorry. Are you safe now?"))
        accepted = await post_message(hub, chat, sent)
        assert accepted.status == 200, await accepted.text()
        assert [m["text"] for m in (await accepted.json())["messages"]] == ["I'm so sorry. Are you safe now?"]

    transcript = count_in_transcript(postgres, chat.conversation_id)
    assert transcript["he hit me"] == 1 and transcript["I'm so sorry. Are you safe now?"] == 1
    first, second = [turn for turn in hub.standin.received if turn.text == "he hit me"]
    assert first.message_id and second.message_id == first.message_id
    assert (first.sent_before, second.sent_before) == (False, True)


async def test_an_sms_and_a_telegram_message_during_the_outage_are_refused_and_answered_once_when_retried(
    postgres: ThrowawayPostgres, tmp_path: Path, standins: StandIns
) -> None:
    async with start_inprocess_hub(tmp_path, {**standins.environment(), "DATABASE_URL": postgres.url}) as hub:
        hub.standin.when("my neighbour threatens me", text("I'm sorry. Is this happening now?"))
        settings = hub.settings
        engine = sa.create_engine(settings.database_url, future=True)
        people = Hub(str(hub.client.make_url("")), settings.public_base_url, settings.secret_key, engine,
                     settings.rasa_url, settings.rasa_api_token, settings.domain_path)
        phone = TwilioPhone(people, standins.twilio, new_number(), SMS_NUMBER)
        form = phone.form("my neighbour threatens me")
        signature = {"X-Twilio-Signature": phone.sign(form)}
        telegram = TelegramUser(people, standins.telegram, standins.telegram_secret, new_chat_id())
        update = telegram.message("my neighbour threatens me")
        secret = {"X-Telegram-Bot-Api-Secret-Token": standins.telegram_secret}

        async def deliver() -> tuple[ClientResponse, ClientResponse]:
            """What Twilio and Telegram send, and send again: the same MessageSid, the same update_id."""
            return (await hub.client.post(TWILIO_WEBHOOK, data=form, headers=signature),
                    await hub.client.post(TELEGRAM_WEBHOOK, json=update, headers=secret))

        postgres.halt()
        try:
            for refused in await deliver():
                await assert_database_unavailable(refused)
            await asyncio.sleep(1.0)  # the courier's round, had anything been queued
            assert phone.received() == [] and standins.telegram.messages_to(telegram.chat_id) == []
        finally:
            postgres.start_again()

        # The providers' retries of the same deliveries: answered once.
        assert [response.status for response in await deliver()] == [200, 200]
        await asyncio.to_thread(standins.twilio.wait_for_messages, phone.number, 1)
        await asyncio.to_thread(standins.telegram.wait_for_messages, telegram.chat_id, 1)
        assert [response.status for response in await deliver()] == [200, 200]
        await asyncio.sleep(1.0)  # time for a second text, were one to be sent
        engine.dispose()

    assert phone.received() == ["I'm sorry. Is this happening now?"]
    assert [sent.text for sent in standins.telegram.messages_to(telegram.chat_id)] == ["I'm sorry. Is this happening now?"]
    for conversation_id in (phone.conversation_id, telegram.conversation_id):
        assert count_in_transcript(postgres, conversation_id)["my neighbour threatens me"] == 1
        assert hub.standin.texts(conversation_id) == ["my neighbour threatens me"]


async def test_the_event_stream_and_the_console_during_the_outage(postgres: ThrowawayPostgres, tmp_path: Path) -> None:
    async with start_inprocess_hub(tmp_path, {"DATABASE_URL": postgres.url}, console=True) as hub:
        console = hub.console
        assert console is not None
        await hub.on_duty("sam")
        login = await console.get("/login")
        signed_in = await console.post("/login", data={
            "name": "sam", "password": hub.password_of("sam"), "csrf_token": form_token(await login.text())})
        assert signed_in.status == 200
        chat = await hub.open_chat()
        events = f"/api/chat/sessions/{chat.session_id}/events"
        stream = await hub.client.get(events)
        assert stream.status == 200
        await stream.content.readuntil(b"\n\n")  # "retry: ..."

        postgres.halt()
        try:
            # Woken, the open stream cannot read: it ends (its 200 has begun), and the browser reconnects...
            hub.notifier.notify(person_topic(chat.conversation_id))
            await asyncio.wait_for(stream.content.read(), timeout=10)
            assert stream.content.at_eof()
            # ...to a 503 while the database is away.
            await assert_database_unavailable(await hub.client.get(events))
            page = await console.get("/", headers={"Accept": "text/html"})
            assert page.status == 503 and page.headers["Retry-After"] == str(RETRY_AFTER_SECONDS)
            assert "The database is not answering" in await page.text()
            await assert_database_unavailable(await console.get("/", headers={"Accept": "application/json"}))
        finally:
            postgres.start_again()

        assert (await console.get("/", headers={"Accept": "text/html"})).status == 200
        resumed = await hub.client.get(events)
        assert resumed.status == 200
        await hub.router.say(chat.conversation_id, "utter_hub_handoff_joined")
        pushed = await asyncio.wait_for(resumed.content.readuntil(b"event: message"), timeout=10)
        assert b"event: message" in pushed


async def test_kept_turns_wait_out_the_outage_and_are_replayed_once(
    postgres: ThrowawayPostgres, tmp_path: Path, database_logs: pytest.LogCaptureFixture
) -> None:
    """The replay worker meets the database gone while turns wait for the assistant: it says nothing per
    round, waits, and replays them once both are back."""
    async with start_inprocess_hub(tmp_path, {"DATABASE_URL": postgres.url}) as hub:
        hub.standin.when("is anyone there?", text("Yes, I'm here now."))
        chat = await hub.open_chat()
        hub.standin.failures.fail_next(1000, status=503)  # the assistant is down: the turn is kept
        await hub.say(chat, "is anyone there?")
        postgres.halt()
        try:
            await asyncio.sleep(3.0)  # the worker's rounds meet the database gone
        finally:
            postgres.start_again()
        hub.standin.failures.fail_next(0)
        for _ in range(200):
            if "Yes, I'm here now." in count_in_transcript(postgres, chat.conversation_id):
                break
            await asyncio.sleep(0.1)

    assert count_in_transcript(postgres, chat.conversation_id)["Yes, I'm here now."] == 1
    assert hub.standin.texts(chat.conversation_id).count("is anyone there?") == 1
    assert_logged_once_each_way(database_logs)


async def test_the_assistants_tracker_store_reads_at_once_after_the_restart(
    postgres: ThrowawayPostgres, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Rasa server's tracker store (endpoints.yml) over the same PostgreSQL: the first turn after the
    restart reads the conversation, rather than failing on a connection the restart left dead."""
    monkeypatch.setenv("SPEAKUP_TRACKER_DATABASE_URL", postgres.new_database("tracker_restart"))
    # Rasa expands every variable of the file, not only this section's.
    monkeypatch.setenv("SPEAKUP_ACTION_SERVER_URL", "http://127.0.0.1:1/webhook")
    monkeypatch.setenv("SPEAKUP_REDIS_URL", "")
    config = read_endpoint_config(str(PROJECT_ROOT / "endpoints.yml"), "tracker_store")
    domain = Domain.from_dict({"intents": ["greet"]})
    store = TrackerStore.create(config, domain)
    said = [ActionExecuted("action_listen", timestamp=1), UserUttered("hello", {"name": "greet"}, timestamp=2)]
    await store.save(DialogueStateTracker.from_events("someone", said, domain.slots))
    assert await store.retrieve("someone") is not None  # a pooled connection, which the restart kills

    await asyncio.to_thread(postgres.halt)
    await asyncio.to_thread(postgres.start_again)

    tracker = await store.retrieve("someone")
    assert tracker is not None and tracker.latest_message is not None and tracker.latest_message.text == "hello"
