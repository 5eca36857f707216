"""The handoff desk in-process (bot/handoff.py): a call handler claims a waiting conversation, writes to the
person, and hands it back to the assistant (the stand-in answering /handoff_ended)."""
from __future__ import annotations

import pytest

from bot.assistant_contract import CHANNEL_KEY, HANDOFF_ENDED, HANDOFF_UNAVAILABLE, HandoffRequested, command
from bot.console.accounts import end_sessions
from bot.conversation_status import Status
from bot.handoff import NotYours
from tests.support.assistant_standin import text
from tests.support.inprocess_hub import InProcessHub, WebChat

ASK = "can I talk to someone?"


async def waiting_chat(hub: InProcessHub) -> WebChat:
    """A web chat whose person asked for a person (the assistant put it in the queue)."""
    hub.standin.when(ASK, text("I'll find someone for you."), HandoffRequested(incident_kind=None, danger=False))
    chat = await hub.open_chat()
    await hub.say(chat, ASK)
    assert await hub.status(chat) is Status.WAITING
    return chat


async def pushed_to_person(hub: InProcessHub, chat: WebChat) -> list[str]:
    """What the web chat reads when it resumes (the same transcript its live stream sends as pushed)."""
    response = await hub.client.get(f"/api/chat/sessions/{chat.session_id}/messages")
    assert response.status == 200
    return [m["text"] for m in (await response.json())["messages"]]


async def test_one_handler_claims_and_the_person_is_told_a_person_joined(hub: InProcessHub) -> None:
    sam, kim = await hub.on_duty("sam"), await hub.on_duty("kim")
    chat = await waiting_chat(hub)

    assert await hub.handoff.claim(chat.conversation_id, sam)
    assert not await hub.handoff.claim(chat.conversation_id, kim)

    assert (await hub.conversation(chat)).status is Status.WITH_HANDLER
    assert (await pushed_to_person(hub, chat))[-1] == hub.text("utter_hub_handoff_joined")
    assert await hub.handoff.queue() == []


async def test_while_a_handler_holds_it_the_assistant_hears_nothing_and_the_handler_is_heard(hub: InProcessHub) -> None:
    sam = await hub.on_duty("sam")
    chat = await waiting_chat(hub)
    await hub.handoff.claim(chat.conversation_id, sam)
    heard_before = len(hub.standin.received)

    assert await hub.say(chat, "he is outside again") == []
    await hub.handoff.send(chat.conversation_id, sam, "I'm Sam. Are you safe right now?")

    assert len(hub.standin.received) == heard_before
    assert (await pushed_to_person(hub, chat))[-2:] == ["he is outside again", "I'm Sam. Are you safe right now?"]
    held = await hub.handoff.held_by(sam)
    assert [entry.conversation_id for entry in held] == [chat.conversation_id]


async def test_handing_back_the_assistant_carries_on_and_its_answer_is_pushed(hub: InProcessHub) -> None:
    sam, kim = await hub.on_duty("sam"), await hub.on_duty("kim")
    chat = await waiting_chat(hub)
    await hub.handoff.claim(chat.conversation_id, sam)
    hub.standin.when(command(HANDOFF_ENDED), text("You're back with me. Is there anything else?"))

    with pytest.raises(NotYours):
        await hub.handoff.hand_back(chat.conversation_id, kim)
    said = await hub.handoff.hand_back(chat.conversation_id, sam)

    left, carried_on = hub.text("utter_hub_handoff_left"), "You're back with me. Is there anything else?"
    assert [m.text for m in said] == [left, carried_on]
    assert (await pushed_to_person(hub, chat))[-2:] == [left, carried_on]
    assert hub.standin.received[-1].text == command(HANDOFF_ENDED)
    assert hub.standin.received[-1].metadata[CHANNEL_KEY] == "web"
    assert await hub.status(chat) is Status.WITH_ASSISTANT
    # The assistant holds the conversation again: the person's next message reaches it.
    await hub.say(chat, "no, thank you")
    assert hub.standin.received[-1].text == "no, thank you"


async def test_closing_says_goodbye_as_the_handlers_last_message(hub: InProcessHub) -> None:
    sam = await hub.on_duty("sam")
    chat = await waiting_chat(hub)
    await hub.handoff.claim(chat.conversation_id, sam)

    await hub.handoff.close(chat.conversation_id, sam, "advice given")

    assert (await pushed_to_person(hub, chat))[-1] == hub.text("utter_hub_handoff_closed")
    assert await hub.status(chat) is Status.CLOSED


async def test_when_the_last_handler_goes_off_duty_whoever_waits_is_told_by_the_assistant(hub: InProcessHub) -> None:
    sam = await hub.on_duty("sam")
    chat = await waiting_chat(hub)
    hub.standin.when(command(HANDOFF_UNAVAILABLE), text("Nobody can come now. These helplines can help."))

    await hub.db.run(lambda c: end_sessions(c, sam))
    released = await hub.handoff.release_queue_when_nobody_can_come()

    assert released == 1
    assert await hub.status(chat) is Status.WITH_ASSISTANT
    assert hub.standin.received[-1].text == command(HANDOFF_UNAVAILABLE)
    assert (await pushed_to_person(hub, chat))[-1] == "Nobody can come now. These helplines can help."
    assert await hub.handoff.queue() == []
