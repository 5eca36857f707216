"""Honesty with people who wait: nobody on duty is said at once; a long wait is said once, with a way
to stop waiting."""
from __future__ import annotations

import datetime as dt

import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.console import duty
from bot.conversation_status import request_person
from bot.storage.database import utcnow
from bot.storage.schema import conversations, messages, staff_sessions
from tests.bot.console.conftest import running_console_only, wait_for
from tests.bot.console.support import ConsoleUser, add_staff, put_in_queue
from tests.support.chat import ChatPerson


def test_the_console_tells_long_waits_by_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(duty, "WAIT_CHECK_SECONDS", 0.2)
    with running_console_only(tmp_path, HANDOFF_WAIT_NOTICE_MINUTES="1") as running:
        engine = sa.create_engine(running.settings.database_url, future=True)
        try:
            # A handler on duty, who has not taken it: with nobody on duty a watch round releases the queue ("nobody
            # can come now"), and a request that entered it between the round's two looks was released untold
            # (seen in CI under load).
            add_staff(running.settings.database_url, "night-handler")
            assert ConsoleUser(running.url).login("night-handler").status_code == 200
            conversation_id = put_in_queue(running.settings.database_url, waiting_for=dt.timedelta(minutes=2))

            def notices() -> list[sa.engine.Row]:
                with engine.connect() as connection:
                    return connection.execute(sa.select(messages).where(
                        messages.c.conversation_id == conversation_id, messages.c.sender == "system")).all()

            def wait_notices() -> list[sa.engine.Row]:
                # No assistant runs here: its holding notice may come before or after this one.
                return [row for row in notices() if "still in the queue" in row.text]

            told = wait_for(wait_notices, timeout=10)
            assert "999" in told[0].text
            assert [b["payload"] for b in told[0].buttons] == ["/cancel_waiting"]
            time.sleep(1)  # five more rounds of the task
            # Once, not every round (no assistant runs here: other notices, its holding notice, may follow).
            assert len(wait_notices()) == 1
        finally:
            engine.dispose()


def test_nobody_on_duty_is_said_at_once(hub_url: str, database: sa.engine.Engine) -> None:
    with database.begin() as connection:  # every console session over: nobody is on duty
        connection.execute(staff_sessions.update().where(staff_sessions.c.ended_at.is_(None)).values(ended_at=utcnow()))
    person = ChatPerson(hub_url)
    person.start()
    replies = person.say("I want to talk to a person")
    said = " ".join(m["text"] for m in replies).lower()
    assert "nobody" in said, said
    from tests.bot.console.support import conversation_of_chat

    with database.connect() as connection:
        waiting = connection.execute(sa.select(conversations.c.handoff_requested_at).where(
            conversations.c.id == conversation_of_chat(str(database.url), person.session_id or ""))).scalar()
    assert waiting is None  # not left in a queue nobody watches


def test_a_person_can_stop_waiting(hub_url: str, database: sa.engine.Engine) -> None:
    from tests.bot.console.support import conversation_of_chat

    person = ChatPerson(hub_url)
    person.start()
    conversation_id = conversation_of_chat(str(database.url), person.session_id or "")
    with database.begin() as connection:  # waiting for a person, and told so with the way out
        request_person(connection, conversation_id)
        connection.execute(messages.insert().values(
            conversation_id=conversation_id, created_at=utcnow(), sender="system", pushed=True,
            text="You're still in the queue for a person.",
            buttons=[{"title": "Stop waiting", "payload": "/cancel_waiting"}]))
    person.last_messages = person.transcript()[-1:]
    person.choose("Stop waiting")
    assert "no longer waiting" in person.last_text
    with database.connect() as connection:
        waiting = connection.execute(sa.select(conversations.c.handoff_requested_at)
                                     .where(conversations.c.id == conversation_id)).scalar()
    assert waiting is None


def test_when_the_last_handler_signs_out_nobody_is_left_waiting(
    console_url: str, hub_url: str, database: sa.engine.Engine
) -> None:
    from tests.bot.console.support import ConsoleUser, add_staff, conversation_of_chat

    with database.begin() as connection:  # whoever else was signed in has gone
        connection.execute(staff_sessions.update().where(staff_sessions.c.ended_at.is_(None)).values(ended_at=utcnow()))
    add_staff(str(database.url), "last-one")
    handler = ConsoleUser(console_url)
    handler.login("last-one")
    person = ChatPerson(hub_url)
    person.start()
    conversation_id = conversation_of_chat(str(database.url), person.session_id or "")
    person.say("I want to talk to a person")

    def status() -> str:
        with database.connect() as connection:
            return str(connection.execute(
                sa.select(conversations.c.status).where(conversations.c.id == conversation_id)).scalar())

    assert status() == "waiting"  # the assistant asked for a person: one was on duty
    assert handler.post("/logout", {"confirm": "yes"}).ok
    assert status() == "assistant"
    asked = max(m["id"] for m in person.transcript() if m["sender"] == "person")
    told = " ".join(m["text"] for m in person.transcript() if m["id"] > asked and m["sender"] != "person").lower()
    assert "nobody was able to join" in told and "0800" in told, told  # and the helplines instead
