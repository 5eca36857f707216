"""Replay after an outage (issue 12 point 2), in process: the hub on its services, a small stand-in for Rasa
and the action server that can be taken down and brought back; no model is loaded.

A message that comes while the assistant is down gets one holding notice (with 999) and is kept; one sent
after it queues behind it silently; when the assistant is back both are answered, in order, once, on the
web chat's event stream and in the transcript a reloaded page reads. A conversation a call handler took
meanwhile is left to the handler. A hub that died after claiming a kept turn leaves it to be sent again with
the same id (which the assistant answers from its tracker: tests/bot/test_hub_channel_replay.py)."""
from __future__ import annotations

import asyncio
import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Sequence

import aiohttp
import sqlalchemy as sa
from aiohttp import web

from bot import conversation_status as status
from bot.app import create_app
from bot.assistant_contract import CONTROL_KEY, HandoffRequested
from bot.config import Settings
from bot.conversations import get_conversation, open_conversation, update_conversation
from bot.replay import Replayer
from bot.router import Inbound
from bot.services import HubServices, hub_services
from bot.storage import backlog
from bot.storage.schema import assistant_backlog, messages
from tests.support.stack import environment_for_tests

ASKS_FOR_A_PERSON = "chcę porozmawiać z człowiekiem"
HOLDING = "your message is kept, and you will be answered here as soon as the assistant is back"


@dataclass
class StandInAssistant:
    """Rasa (with a model) and the action server on the hub's ports: answers "You said: <text>", or, while
    `down`, 503 from both (as a restarting process would be refused)."""

    down: bool = False
    received: list[tuple[str, Optional[str]]] = field(default_factory=list)

    async def status(self, _request: web.Request) -> web.Response:
        if self.down:
            return web.json_response({}, status=503)
        return web.json_response({"model_id": "stand-in"})

    async def health(self, _request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"}, status=503 if self.down else 200)

    async def webhook(self, request: web.Request) -> web.Response:
        if self.down:
            return web.json_response({}, status=503)
        body = await request.json()
        self.received.append((body["text"], body.get("message_id")))
        answer: list[dict[str, Any]] = [{"text": f"You said: {body['text']}"}]
        if body["text"] == ASKS_FOR_A_PERSON:
            answer.append({"custom": {CONTROL_KEY: HandoffRequested(incident_kind=None, danger=False).to_json()}})
        return web.json_response({"messages": answer})

    async def start(self, settings: Settings, ports: Optional[Sequence[int]] = None) -> web.AppRunner:
        """Serves on the hub's Rasa and action server ports, or on `ports` (one of several Rasa servers)."""
        app = web.Application()
        app.router.add_get("/status", self.status)
        app.router.add_get("/health", self.health)
        app.router.add_post("/webhooks/hub/webhook", self.webhook)
        runner = web.AppRunner(app)
        await runner.setup()
        for port in ports if ports is not None else (settings.rasa_port, settings.action_port):
            await web.TCPSite(runner, "127.0.0.1", port).start()
        return runner


async def serving(settings: Settings, services: HubServices) -> web.AppRunner:
    runner = web.AppRunner(create_app(services))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", settings.hub_port).start()
    return runner


async def pushed_events(stream: aiohttp.ClientResponse, count: int) -> list[dict[str, Any]]:
    """The next `count` messages the event stream pushes, as the widget reads them."""
    got: list[dict[str, Any]] = []
    kind = ""
    while len(got) < count:
        line = (await stream.content.readline()).decode().strip()
        if line.startswith("event:"):
            kind = line.split(":", 1)[1].strip()
        elif line.startswith("data:") and kind == "message":
            got.append(json.loads(line.split(":", 1)[1]))
    return got


def kept_rows(services: HubServices) -> list[Any]:
    return services.database.transaction(lambda c: c.execute(sa.select(assistant_backlog)).all())


def test_messages_sent_while_the_assistant_is_down_are_answered_in_order_once_it_is_back(tmp_path: Path) -> None:
    settings = Settings.from_env(environment_for_tests(tmp_path))
    assistant = StandInAssistant()

    async def main() -> dict[str, Any]:
        standin = await assistant.start(settings)
        async with hub_services(settings) as services:
            hub = await serving(settings, services)
            url = f"http://127.0.0.1:{settings.hub_port}"
            try:
                async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as http:
                    async with http.post(f"{url}/api/chat/sessions") as opened:
                        session = (await opened.json())["session_id"]
                    chat = f"{url}/api/chat/sessions/{session}"
                    stream = await http.get(f"{chat}/events")
                    assistant.down = True
                    async with http.post(f"{chat}/messages", json={"text": "someone hit me"}) as first:
                        while_down_first = (await first.json())["messages"]
                    async with http.post(f"{chat}/messages", json={"text": "it was at the bus stop"}) as second:
                        while_down_second = (await second.json())["messages"]
                    kept_while_down = len(kept_rows(services))
                    assistant.down = False
                    services.replayer.wake()
                    replayed = await asyncio.wait_for(pushed_events(stream, 2), 30)
                    stream.close()
                    async with http.get(f"{chat}/messages") as reloaded:
                        transcript = (await reloaded.json())["messages"]
                return {
                    "first": while_down_first, "second": while_down_second, "kept": kept_while_down,
                    "replayed": replayed, "transcript": transcript, "left": kept_rows(services),
                }
            finally:
                await hub.cleanup()
                await standin.cleanup()

    seen = asyncio.run(main())
    # One honest notice, with 999, for the first message; the next one queues behind it silently.
    assert len(seen["first"]) == 1
    assert HOLDING in seen["first"][0]["text"].lower() and "999" in seen["first"][0]["text"]
    assert seen["second"] == []
    assert seen["kept"] == 2
    # Back: answered in order, on the event stream, once.
    assert [m["text"] for m in seen["replayed"]] == ["You said: someone hit me", "You said: it was at the bus stop"]
    texts = [m["text"] for m in seen["transcript"]]
    assert texts[-5:] == [
        "someone hit me", seen["first"][0]["text"], "it was at the bus stop",
        "You said: someone hit me", "You said: it was at the bus stop",
    ]
    assert len(texts) == len(set(texts))
    replayed_to_assistant = [(text, mid) for text, mid in assistant.received if text != assistant.received[0][0]]
    assert [text for text, _ in replayed_to_assistant] == ["someone hit me", "it was at the bus stop"]
    # Each with the id it was first tried with (the assistant took none of them then).
    assert all(mid for _, mid in replayed_to_assistant) and len({mid for _, mid in replayed_to_assistant}) == 2
    assert seen["left"] == []


def test_a_conversation_a_call_handler_took_meanwhile_is_left_to_the_handler(tmp_path: Path) -> None:
    settings = Settings.from_env(environment_for_tests(tmp_path))
    assistant = StandInAssistant(down=True)

    async def main() -> tuple[list[Any], list[str], list[tuple[str, Optional[str]]]]:
        standin = await assistant.start(settings)
        async with hub_services(settings) as services:
            hub = await serving(settings, services)
            url = f"http://127.0.0.1:{settings.hub_port}"
            try:
                async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as http:
                    async with http.post(f"{url}/api/chat/sessions") as opened:
                        session = (await opened.json())["session_id"]
                    async with http.post(f"{url}/api/chat/sessions/{session}/messages", json={"text": "help me"}):
                        pass
                conversation_id = kept_rows(services)[0].conversation_id
                # A call handler takes the conversation while the assistant is still down.
                services.database.transaction(lambda c: status.request_person(c, conversation_id))
                services.database.transaction(lambda c: status.claim(c, conversation_id, 1))
                assistant.down = False
                await services.replayer.replay_all()
                said = services.database.transaction(lambda c: [row.text for row in c.execute(
                    sa.select(messages.c.text).where(messages.c.conversation_id == conversation_id)
                    .order_by(messages.c.id))])
                return kept_rows(services), said, assistant.received
            finally:
                await hub.cleanup()
                await standin.cleanup()

    left, said, received = asyncio.run(main())
    assert left == [] and received == []
    # The handler reads what the person said in the transcript; the assistant never answered it.
    assert "help me" in said and not any(text.startswith("You said") for text in said)


def test_a_turn_claimed_by_a_hub_that_died_is_sent_again_with_the_same_id(tmp_path: Path) -> None:
    settings = Settings.from_env(environment_for_tests(tmp_path))
    assistant = StandInAssistant(down=True)

    async def main() -> tuple[list[tuple[str, Optional[str]]], list[Any], list[str]]:
        standin = await assistant.start(settings)
        async with hub_services(settings) as services:
            try:
                conversation_id = await open_web_conversation(services)
                assistant.down = False
                # A hub claimed the turn and died before storing the answer: its claim stays.
                claimed = services.database.transaction(
                    lambda c: backlog.take_next(c, conversation_id, dt.timedelta(seconds=90)))
                assert claimed is not None
                patient = Replayer(services.router)
                await patient.replay_all()
                untouched = list(assistant.received)
                # Once the claim is older than a send can take, another hub sends it, with the same id.
                impatient = Replayer(services.router, stale=dt.timedelta(0))
                await impatient.replay_all()
                conversation = services.database.transaction(lambda c: get_conversation(c, conversation_id))
                assert conversation is not None
                said = services.database.transaction(lambda c: [row.text for row in c.execute(
                    sa.select(messages.c.text).where(messages.c.conversation_id == conversation_id))])
                return untouched, [claimed.rasa_message_id, *[mid for _, mid in assistant.received]], said
            finally:
                await standin.cleanup()

    untouched, ids, said = asyncio.run(main())
    assert untouched == []
    assert len(ids) == 2 and ids[0] == ids[1]
    assert said.count("You said: someone followed me home") == 1


async def open_web_conversation(services: HubServices) -> str:
    """A web chat conversation whose first message was kept while the assistant was down."""
    text = "someone followed me home"
    await services.router.receive(Inbound("conversation-1", "web", rasa_text=text, shown_text=text))
    return "conversation-1"


def test_the_holding_notice_is_in_the_persons_language(tmp_path: Path) -> None:
    # Nothing listens on Rasa's or the action server's port.
    settings = Settings.from_env(environment_for_tests(tmp_path))

    async def main() -> tuple[list[str], str, str]:
        async with hub_services(settings) as services:
            await services.database.run(lambda c: open_conversation(c, "conversation-pl", "web"))
            await services.database.run(
                lambda c: update_conversation(c, "conversation-pl", language="pl", language_chosen=True))
            text = "ktoś mnie uderzył na przystanku"
            said = await services.router.receive(Inbound("conversation-pl", "web", rasa_text=text, shown_text=text))
            return ([m.text for m in said], services.texts.render("utter_hub_assistant_unavailable", "pl"),
                    services.texts.render("utter_hub_assistant_unavailable", "en"))

    said, polish, english = asyncio.run(main())
    assert said == [polish] and polish != english and "999" in polish


def test_a_replayed_turn_that_asks_for_a_person_joins_the_queue_and_is_honest_about_language(tmp_path: Path) -> None:
    settings = Settings.from_env(environment_for_tests(tmp_path))
    assistant = StandInAssistant(down=True)

    async def main() -> tuple[Any, list[Any], str]:
        standin = await assistant.start(settings)
        async with hub_services(settings) as services:
            try:
                await services.database.run(lambda c: open_conversation(c, "conversation-pl", "web"))
                await services.database.run(
                    lambda c: update_conversation(c, "conversation-pl", language="pl", language_chosen=True))
                await services.router.receive(Inbound(
                    "conversation-pl", "web", rasa_text=ASKS_FOR_A_PERSON, shown_text=ASKS_FOR_A_PERSON))
                assistant.down = False
                await services.replayer.replay_all()
                conversation = await services.router.conversation("conversation-pl")
                pushed = services.database.transaction(lambda c: c.execute(
                    sa.select(messages.c.text, messages.c.pushed).where(
                        messages.c.conversation_id == "conversation-pl", messages.c.pushed.is_(True))
                    .order_by(messages.c.id)).all())
                return conversation, pushed, services.texts.render("utter_hub_no_handler_speaks_language", "pl")
            finally:
                await standin.cleanup()

    conversation, pushed, nobody_speaks_polish = asyncio.run(main())
    assert conversation.waiting_for_person
    # Nobody on duty speaks Polish: said after the assistant's answer, pushed to the person's stream.
    assert [row.text for row in pushed] == [f"You said: {ASKS_FOR_A_PERSON}", nobody_speaks_polish]
