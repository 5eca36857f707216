"""Exactly once across a hub that died between Rasa's answer and storing it (issue 12 point 2).

The hub sends a kept turn again with the same message id (bot/replay.py); Rasa's hub channel
(bot/rasa_plugins/hub_channel.py) answers a turn its tracker already holds with what it said then, as
HubOutputChannel collected it (texts, buttons, the hub's control messages), instead of taking it again.
Served by Sanic as Rasa serves it, on Rasa's own tracker and lock stores; the processing of a new message
is a stand-in that records the turn in the tracker as Rasa's processor does (no model is loaded)."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import aiohttp
from rasa.core.channels.channel import UserMessage
from rasa.core.lock_store import InMemoryLockStore
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from sanic import Sanic

from bot.rasa_plugins.hub_channel import HubInput, answered_before
from bot.rasa_plugins.whole_turns import ActionServerWentAway
from tests.support.ports import free_port

TOKEN = "hub-channel-token"
CONTROL = {"speakup": {"kind": "facts", "incident_kind": "assault"}}


def test_the_answer_in_the_tracker_is_the_one_after_that_message_up_to_the_next() -> None:
    events = [
        UserUttered("hello", message_id="m1"), ActionExecuted("utter_greet"), BotUttered("Hi"),
        UserUttered("someone hit me", message_id="m7"),
        BotUttered("I'm sorry that happened.", data={"buttons": [{"title": "Yes", "payload": "/affirm"}]}),
        BotUttered(data={"custom": CONTROL}),
        UserUttered("later", message_id="m3"), BotUttered("Later answer"),
    ]
    answer = answered_before(events, "m7")
    assert answer is not None
    assert [(m["text"], m.get("buttons"), m.get("custom")) for m in answer] == [
        ("I'm sorry that happened.", [{"title": "Yes", "payload": "/affirm"}], None), (None, None, CONTROL)]
    assert answered_before(events, "m8") is None


def test_a_turn_sent_again_with_its_id_is_answered_from_the_tracker_and_not_taken_twice() -> None:
    domain = Domain.empty()
    agent = SimpleNamespace(tracker_store=InMemoryTrackerStore(domain), lock_store=InMemoryLockStore(), domain=domain)
    taken: list[str] = []
    went_away: list[str] = []
    statuses: list[int] = []

    async def take(message: UserMessage) -> None:
        """What Rasa's processor leaves: the user's message (with its id) and the answer, in the tracker;
        nothing, the first time the action server goes away during the turn (bot/rasa_plugins/whole_turns.py)."""
        if message.text == "send it" and "send it" not in went_away:
            went_away.append("send it")
            raise ActionServerWentAway("the action server could not be reached for action_submit")
        taken.append(message.text or "")
        tracker = await agent.tracker_store.get_or_create_tracker(message.sender_id)
        tracker.update(UserUttered(message.text, message_id=message.message_id))
        for said in (BotUttered(f"You said: {message.text}", data={"buttons": [{"title": "Go on", "payload": "/go"}]}),
                     BotUttered(data={"custom": CONTROL})):
            tracker.update(said)
            assert message.output_channel is not None
            await message.output_channel.send_response(message.sender_id, said.message())
        await agent.tracker_store.save(tracker)

    async def main() -> list[Any]:
        app = Sanic(f"hub_channel_replay_{free_port()}")
        app.ctx.agent = agent
        app.blueprint(HubInput(TOKEN).blueprint(take), url_prefix="/webhooks/hub")
        port = free_port()
        server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True)
        assert server is not None
        await server.startup()
        answers = []
        try:
            async with aiohttp.ClientSession(headers={"Authorization": f"Bearer {TOKEN}"}) as http:
                for body in (
                    {"sender": "c1", "text": "someone hit me", "message_id": "m7", "sent_before": False},
                    # The answer never reached the hub (it died): sent again.
                    {"sender": "c1", "text": "someone hit me", "message_id": "m7", "sent_before": True},
                    {"sender": "c1", "text": "at the bus stop", "message_id": "m8", "sent_before": True},
                    # Not taken (503: the hub keeps it), then sent again once the action server is back.
                    {"sender": "c1", "text": "send it", "message_id": "m9", "sent_before": False},
                    {"sender": "c1", "text": "send it", "message_id": "m9", "sent_before": True},
                ):
                    async with http.post(f"http://127.0.0.1:{port}/webhooks/hub/webhook", json=body) as response:
                        statuses.append(response.status)
                        answers.append((await response.json()).get("messages"))
        finally:
            server.close()
            await server.wait_closed()
        return answers

    first, again, next_one, not_taken, taken_when_sent_again = asyncio.run(main())
    assert statuses == [200, 200, 200, 503, 200]
    assert taken == ["someone hit me", "at the bus stop", "send it"]
    assert not_taken is None and taken_when_sent_again[0]["text"] == "You said: send it"
    assert again == first
    assert [m.get("text") for m in first] == ["You said: someone hit me", None]
    assert first[0]["buttons"] == [{"title": "Go on", "payload": "/go"}] and first[1]["custom"] == CONTROL
    assert next_one[0]["text"] == "You said: at the bus stop"
