"""A person texting by SMS (through the Twilio stand-in) is taken over from the console: the handler's
messages go out as texts, the person's texts appear in the console, and the console never shows the
phone number, only the channel's name and a short pseudonymous id."""
from __future__ import annotations

import time

import sqlalchemy as sa

from bot.launcher import Stack
from bot.storage.schema import conversations
from tests.bot.console.conftest import wait_for
from tests.bot.console.support import ConsoleUser, add_staff
from tests.channels.texting.people import TwilioPhone


def test_a_handler_takes_over_an_sms_conversation(stack: Stack, console_url: str, database: sa.engine.Engine, stack_phone: TwilioPhone) -> None:
    add_staff(stack.settings.database_url, "sms-handler")
    handler = ConsoleUser(console_url)
    handler.login("sms-handler")
    conversation_id = stack_phone.conversation_id

    stack_phone.say("I want to talk to a person")
    with database.connect() as connection:
        status = connection.execute(sa.select(conversations.c.status).where(conversations.c.id == conversation_id)).scalar()
    assert status == "waiting"  # the assistant itself asked for a person

    queue = handler.get("/").text
    assert conversation_id[:8] in queue and "SMS" in queue
    digits = stack_phone.number.lstrip("+")
    for shown in (queue, handler.get(f"/conversations/{conversation_id}").text):
        assert digits not in shown and digits[-9:] not in shown and stack_phone.number not in shown

    assert handler.post(f"/conversations/{conversation_id}/claim").status_code == 200
    assert any("call handler has joined" in text for text in stack_phone.new_replies())

    started = time.monotonic()
    sent = handler.http.post(
        f"{console_url}/conversations/{conversation_id}/messages", data={"text": "Hello, I'm a call handler. Are you safe?"},
        headers={"X-CSRF-Token": handler.csrf or "", "Accept": "application/json"}, timeout=30,
    )
    assert sent.status_code == 200
    assert wait_for(lambda: "Hello, I'm a call handler. Are you safe?" in stack_phone.received(), timeout=5)
    assert time.monotonic() - started < 2.0
    assert stack_phone.new_replies()[-1] == "Hello, I'm a call handler. Are you safe?"

    assert stack_phone.say("Yes, I'm safe now, thank you") == []  # the assistant stays silent
    assert "I&#39;m safe now" in handler.get(f"/conversations/{conversation_id}").text

    back = handler.post(f"/conversations/{conversation_id}/hand-back", allow_redirects=False)
    assert back.status_code == 303
    after = stack_phone.new_replies()
    assert any("left" in text for text in after)
    assert stack_phone.say("What helplines are there?")
