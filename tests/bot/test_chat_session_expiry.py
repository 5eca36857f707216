"""A web chat session lives for the idle time after the person's latest message (channels/webchat/api.py
`_keep_session_alive`): messages close together write its expiry once, and a message once the written
expiry has fallen KEEP_ALIVE_WRITE_EVERY behind moves it to the whole idle time again."""
from __future__ import annotations

import datetime as dt

from bot import conversations as store
from bot.identity import token_hash
from bot.storage.database import utcnow
from bot.storage.schema import chat_sessions
from channels.webchat.api import KEEP_ALIVE_WRITE_EVERY
from tests.support.assistant_standin import text
from tests.support.inprocess_hub import InProcessHub, WebChat


async def stored_expiry(hub: InProcessHub, chat: WebChat) -> dt.datetime:
    session = await hub.db.run(lambda c: store.find_chat_session(c, token_hash(chat.session_id)))
    assert session is not None
    return session.expires_at


async def test_messages_keep_the_session_alive_for_the_idle_time_written_at_most_twice_a_minute(hub: InProcessHub) -> None:
    hub.standin.otherwise = [text("Thank you.")]
    idle = dt.timedelta(minutes=hub.settings.session_idle_minutes)
    chat = await hub.open_chat()
    opened = await stored_expiry(hub, chat)

    await hub.say(chat, "someone shouted at me")
    await hub.say(chat, "at the bus stop")
    assert await stored_expiry(hub, chat) == opened  # within the same half minute: not written again

    # Half a minute and more later (the expiry written then is that much behind): written again.
    behind = opened - KEEP_ALIVE_WRITE_EVERY - dt.timedelta(seconds=1)
    await hub.db.run(lambda c: c.execute(
        chat_sessions.update().where(chat_sessions.c.token_hash == token_hash(chat.session_id)).values(expires_at=behind)))
    before = utcnow()
    await hub.say(chat, "yesterday")
    extended = await stored_expiry(hub, chat)
    assert before + idle <= extended <= utcnow() + idle


async def test_a_malformed_after_is_refused_whatever_state_the_session_is_in(hub: InProcessHub) -> None:
    """Found by schemathesis: an ended session answered 410 before reading the malformed `after`."""
    hub.standin.otherwise = [text("Thank you.")]
    chat = await hub.open_chat()
    ended = await hub.client.delete(f"/api/chat/sessions/{chat.session_id}")
    assert ended.status < 300

    response = await hub.client.get(f"/api/chat/sessions/{chat.session_id}/messages", params={"after": "\u0084"})

    assert response.status == 400
    assert (await response.json())["error"]["code"] == "invalid_after"
