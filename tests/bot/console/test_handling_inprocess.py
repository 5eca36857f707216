"""A console handler in-process: a call handler signs in and claims a waiting conversation through the
console's own routes, on the same services as the hub (bot/services.py), the assistant stand-in in Rasa's
place. The person is told a person joined; the assistant hears nothing more while the handler holds it."""
from __future__ import annotations

from pathlib import Path
from typing import AsyncIterator

import pytest

from bot.assistant_contract import HandoffRequested
from bot.conversation_status import Status
from tests.bot.console.support import form_token, page_csrf
from tests.support.assistant_standin import text
from tests.support.inprocess_hub import InProcessHub, start_inprocess_hub


@pytest.fixture
async def hub_and_console(tmp_path: Path) -> AsyncIterator[InProcessHub]:
    async with start_inprocess_hub(tmp_path, console=True) as running:
        yield running


async def test_a_handler_signs_in_and_claims_a_waiting_conversation(hub_and_console: InProcessHub) -> None:
    hub, console = hub_and_console, hub_and_console.console
    assert console is not None
    await hub.on_duty("sam")
    hub.standin.when("I need a person", text("I'll find someone."), HandoffRequested(incident_kind=None, danger=False))
    chat = await hub.open_chat()
    await hub.say(chat, "I need a person")
    assert await hub.status(chat) is Status.WAITING

    login = await console.get("/login")
    signed_in = await console.post("/login", data={
        "name": "sam", "password": hub.password_of("sam"), "csrf_token": form_token(await login.text())})
    assert signed_in.status == 200
    csrf = page_csrf(await signed_in.text())
    assert csrf is not None
    claimed = await console.post(f"/conversations/{chat.conversation_id}/claim",
                                 data={"csrf_token": csrf}, headers={"Accept": "application/json"})

    assert claimed.status == 200 and await claimed.json() == {"claimed": True}
    assert await hub.status(chat) is Status.WITH_HANDLER
    transcript = [m.text for m in await hub.transcript(chat)]
    assert transcript[-1] == hub.text("utter_hub_handoff_joined")
    heard = len(hub.standin.received)
    assert await hub.say(chat, "thank you") == [] and len(hub.standin.received) == heard
