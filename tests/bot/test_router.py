"""The router in-process, against the assistant stand-in: what a person sees, what was stored, and what
the assistant received (tests/support/assistant_standin.py)."""
from __future__ import annotations

import asyncio
import json

import aiohttp
import sqlalchemy as sa

from bot.assistant_contract import (
    CHANNEL_KEY, CONTACT_GIVEN, CONTACT_REF, NOBODY_ON_DUTY, STAFF_AVAILABLE, STAFF_KEY, CaptureContactDetails,
    ConversationFacts, Forget, HandoffRequested,
)
from bot.conversation_status import Status
from bot.languages.supported import ANSWER_LANGUAGE_KEY
from bot.notifier import QUEUE_TOPIC
from bot.storage import backlog, identities
from bot.storage.schema import danger_flags, sealed_contacts
from tests.support.assistant_standin import text
from tests.support.inprocess_hub import InProcessHub, message_texts

PHONE = "07700 900123"


async def test_a_web_chat_message_is_stored_and_answered(hub: InProcessHub) -> None:
    hub.standin.when("/start_conversation", text("Hello, I'm an automated assistant."))
    hub.standin.when("someone shouted at me", text("I'm sorry that happened. When was it?"))
    chat = await hub.open_chat()
    assert message_texts(chat.opening) == ["Hello, I'm an automated assistant."]

    answer = await hub.say(chat, "someone shouted at me")

    assert message_texts(answer) == ["I'm sorry that happened. When was it?"]
    assert [(m.sender, m.text) for m in await hub.transcript(chat)] == [
        ("assistant", "Hello, I'm an automated assistant."),
        ("person", "someone shouted at me"),
        ("assistant", "I'm sorry that happened. When was it?"),
    ]
    assert hub.standin.texts(chat.conversation_id) == ["/start_conversation", "someone shouted at me"]


async def test_the_assistant_is_told_the_channel_the_language_and_whether_someone_can_come(hub: InProcessHub) -> None:
    chat = await hub.open_chat()
    await hub.say(chat, "hello")
    assert hub.standin.received[-1].metadata == {CHANNEL_KEY: "web", ANSWER_LANGUAGE_KEY: "en", STAFF_KEY: NOBODY_ON_DUTY}

    await hub.on_duty("sam")
    await hub.say(chat, "hello again")
    assert hub.standin.received[-1].metadata[STAFF_KEY] == STAFF_AVAILABLE


async def test_a_phone_number_typed_is_sealed_before_the_assistant_or_the_transcript_sees_it(hub: InProcessHub) -> None:
    chat = await hub.open_chat()
    placeholder = hub.text("utter_hub_phone_kept_safe")
    hub.standin.when(f"ring me on {placeholder}", text("Thank you."))

    answer = await hub.say(chat, f"ring me on {PHONE}")

    assert message_texts(answer) == [hub.text("utter_hub_identities_kept_notice"), "Thank you."]
    assert not any("900123" in said for said in hub.standin.texts())
    stored = await hub.transcript(chat)
    assert stored[-3].text == f"ring me on {placeholder}" and not any("900123" in m.text for m in stored)
    kept = await hub.db.run(lambda c: identities.any_kept(c, chat.conversation_id))
    assert kept


async def test_contact_details_asked_for_reach_the_assistant_only_as_a_reference(hub: InProcessHub) -> None:
    hub.standin.when("please contact me", text("What number should we use?"), CaptureContactDetails())
    chat = await hub.open_chat()
    await hub.say(chat, "please contact me")

    answer = await hub.say(chat, PHONE)

    sent = hub.standin.texts(chat.conversation_id)[-1]
    intent, entities = sent.split("{", 1)
    assert intent == "/" + CONTACT_GIVEN
    reference = json.loads("{" + entities)[CONTACT_REF]
    assert "900123" not in sent
    assert not any("900123" in m["text"] for m in answer)
    stored = await hub.transcript(chat)
    assert [m.text for m in stored if m.sender == "person"][-1] == hub.text("utter_hub_contact_sealed")
    ciphertext = await hub.db.run(lambda c: c.execute(
        sa.select(sealed_contacts.c.ciphertext).where(sealed_contacts.c.id == reference)).scalar_one())
    assert "900123" not in ciphertext and hub.unseal(ciphertext) == PHONE


async def test_asking_for_a_person_puts_the_conversation_in_the_queue_and_wakes_it(hub: InProcessHub) -> None:
    await hub.on_duty("sam")
    hub.standin.when(
        "I want to talk to a person",
        text("I'll find someone for you."), HandoffRequested(incident_kind="hate_incident", danger=False),
    )
    chat = await hub.open_chat()
    woken = asyncio.create_task(hub.notifier.wait(QUEUE_TOPIC, timeout=5))
    await asyncio.sleep(0)  # the queue's watcher is listening before the message comes in

    answer = await hub.say(chat, "I want to talk to a person")

    assert message_texts(answer) == ["I'll find someone for you."]
    assert await woken
    assert await hub.status(chat) is Status.WAITING
    queue = await hub.handoff.queue()
    assert [(entry.conversation_id, entry.incident_kind) for entry in queue] == [(chat.conversation_id, "hate_incident")]


async def test_when_the_assistant_is_unavailable_the_person_is_told_and_nothing_is_lost(hub: InProcessHub) -> None:
    hub.standin.when("are you there?", text("Yes, I'm here."))
    chat = await hub.open_chat()
    hub.standin.failures.fail_next(1, status=503)

    answer = await hub.say(chat, "someone attacked me")

    unavailable = hub.text("utter_hub_assistant_unavailable")
    assert "999" in unavailable and message_texts(answer) == [unavailable]
    assert [m.text for m in await hub.transcript(chat)][-2:] == ["someone attacked me", unavailable]
    # The kept turn is replayed (bot/replay.py) at once, the assistant being back; a message sent before
    # that would rightly queue behind it, which is a race for this test, not what it is about.
    for _ in range(200):
        if not await hub.db.run(lambda c: backlog.has_any(c, chat.conversation_id)):
            break
        await asyncio.sleep(0.01)
    # The next message reaches the assistant again.
    assert message_texts(await hub.say(chat, "are you there?")) == ["Yes, I'm here."]


async def test_an_answer_that_takes_too_long_is_kept_and_answered_later_not_an_error(hub: InProcessHub) -> None:
    """The assistant under load answers after the hub stopped waiting: the person is told, with 999, that it
    is busy (never an error page), and the turn is answered once it can be (bot/replay.py), once. (On Python
    3.10 asyncio's TimeoutError is not the builtin one: catching the builtin let this through as a 500.)"""
    hub.standin.when("he keeps messaging me", text("I'm sorry. When did it start?"), after=0.5)
    chat = await hub.open_chat()
    rasa = hub.router.turns.rasa
    patient = rasa.timeout
    rasa.timeout = aiohttp.ClientTimeout(total=0.1)

    answer = await hub.say(chat, "he keeps messaging me")

    unavailable = hub.text("utter_hub_assistant_unavailable")
    assert message_texts(answer) == [unavailable]
    rasa.timeout = patient  # the assistant keeps up again: the kept turn is sent again and answered
    for _ in range(500):
        said = [m.text for m in await hub.transcript(chat)]
        if "I'm sorry. When did it start?" in said:
            break
        await asyncio.sleep(0.01)
    assert said[-3:] == ["he keeps messaging me", unavailable, "I'm sorry. When did it start?"]
    # Sent again under the same id, marked as sent before: the assistant takes the turn once.
    tries = [turn for turn in hub.standin.received if turn.text == "he keeps messaging me"]
    assert len({turn.message_id for turn in tries}) == 1 and tries[-1].sent_before


async def test_nothing_comes_before_the_emergency_answer(hub: InProcessHub) -> None:
    placeholder = hub.text("utter_hub_phone_kept_safe")
    hub.standin.when(
        f"he has a knife, call me on {placeholder}",
        ConversationFacts(incident_kind=None, danger=True, danger_fired="weapon"),
        text("If you are in danger now, call 999."),
        text("Are you somewhere safe?", ("Yes", "/affirm"), ("No", "/deny")),
    )
    chat = await hub.open_chat()

    answer = await hub.say(chat, f"he has a knife, call me on {PHONE}")

    # The hub's own notice follows the 999 message, and the question keeps its choices, last.
    assert message_texts(answer) == [
        "If you are in danger now, call 999.", hub.text("utter_hub_identities_kept_notice"), "Are you somewhere safe?",
    ]
    assert [b["payload"] for b in answer[-1]["buttons"]] == ["/affirm", "/deny"]
    assert (await hub.conversation(chat)).danger
    flags = await hub.db.run(lambda c: c.execute(
        sa.select(danger_flags.c.flag).where(danger_flags.c.conversation_id == chat.conversation_id)).scalars().all())
    assert flags == ["weapon"]


async def test_without_an_emergency_the_hubs_notice_comes_first(hub: InProcessHub) -> None:
    placeholder = hub.text("utter_hub_phone_kept_safe")
    hub.standin.when(f"my number is {placeholder}", text("Thank you."), text("What happened?"))
    chat = await hub.open_chat()

    answer = await hub.say(chat, f"my number is {PHONE}")

    assert message_texts(answer) == [hub.text("utter_hub_identities_kept_notice"), "Thank you.", "What happened?"]


async def test_when_the_person_chooses_to_delete_what_they_said_the_transcript_goes(hub: InProcessHub) -> None:
    placeholder = hub.text("utter_hub_phone_kept_safe")
    hub.standin.when(f"my number is {placeholder}", text("Thank you.", ("Delete what I said", "/delete_my_words")))
    hub.standin.when("/delete_my_words", text("You said something."), Forget(), text("Everything you said is deleted."))
    chat = await hub.open_chat()
    await hub.say(chat, f"my number is {PHONE}")

    answer = await hub.choose(chat, "/delete_my_words")

    # What the assistant said before the Forget in the same answer goes too.
    assert message_texts(answer) == ["Everything you said is deleted."]
    assert [m.text for m in await hub.transcript(chat)] == ["Everything you said is deleted."]
    assert not await hub.db.run(lambda c: identities.any_kept(c, chat.conversation_id))


async def test_a_copy_sent_while_the_first_is_still_being_answered_does_not_take_the_turn_again(
    hub: InProcessHub,
) -> None:
    """A client that gave up waiting sends the same message again (the same client_message_id) while the
    hub still waits for the assistant's answer to the first: the copy waits for it (channels/webchat/api.py),
    so the assistant is asked once and its answer stored once. (Only a first try that ended unanswered, its
    request cut short by the database, is answered again: tests/test_database_outage.py.)"""
    hub.standin.when("he followed me again", text("I'm sorry. Are you safe now?"), after=0.5)
    chat = await hub.open_chat()
    sent = {"text": "he followed me again", "client_message_id": "widget-3"}
    url = f"/api/chat/sessions/{chat.session_id}/messages"

    first = asyncio.ensure_future(hub.client.post(url, json=sent))
    while "he followed me again" not in hub.standin.texts(chat.conversation_id):
        await asyncio.sleep(0.01)
    copy = await hub.client.post(url, json=sent)
    answered = await first

    assert copy.status == answered.status == 200
    assert message_texts((await answered.json())["messages"]) == ["I'm sorry. Are you safe now?"]
    # The copy, which waited for the first, gets the same answer from the transcript.
    assert message_texts((await copy.json())["messages"]) == ["I'm sorry. Are you safe now?"]
    assert hub.standin.texts(chat.conversation_id).count("he followed me again") == 1
    said = [m.text for m in await hub.transcript(chat)]
    assert said.count("he followed me again") == 1 and said.count("I'm sorry. Are you safe now?") == 1
