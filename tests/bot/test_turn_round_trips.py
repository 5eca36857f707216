"""The round trips a turn saves (issue 13): the action server's health is asked at most once a second while it
answers, and a conversation with no kept turns asks the database nothing about the backlog; neither hides an
outage (the outage itself, end to end: tests/bot/test_replay_after_outage.py, tests/test_supervision_stack.py)."""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Awaitable, Callable

from aiohttp import web

from bot.config import RasaServer
from bot.rasa_client import AssistantUnavailable, RasaClient, internal_session
from bot.storage import backlog
from bot.storage.database import Database

TOKEN = "channel-token"


class Assistant:
    """Rasa and the action server in one: counts health checks; `up` False makes the action server fail."""

    def __init__(self) -> None:
        self.up = True
        self.health_checks = 0
        self.turns = 0

    async def health(self, _request: web.Request) -> web.Response:
        self.health_checks += 1
        return web.json_response({}, status=200 if self.up else 503)

    async def webhook(self, _request: web.Request) -> web.Response:
        self.turns += 1
        return web.json_response({"messages": [{"text": "hello"}]})


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


async def with_client(assistant: Assistant, clock: Clock, test: Callable[[RasaClient], Awaitable[None]]) -> None:
    app = web.Application()
    app.router.add_get("/health", assistant.health)
    app.router.add_post("/webhooks/hub/webhook", assistant.webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        async with internal_session() as http:
            client = RasaClient(http, [RasaServer("rasa", port)], TOKEN, "api-token",
                                f"http://127.0.0.1:{port}/health", clock=clock)
            await test(client)
    finally:
        await runner.cleanup()


def test_the_action_servers_health_is_asked_once_a_second_while_it_answers() -> None:
    assistant, clock = Assistant(), Clock()

    async def four_turns(client: RasaClient) -> None:
        for _ in range(3):
            await client.send("c1", "hi", {})
        clock.now += 1.5
        await client.send("c1", "hi", {})

    asyncio.run(with_client(assistant, clock, four_turns))
    assert (assistant.turns, assistant.health_checks) == (4, 2)


def test_a_failed_health_check_is_not_trusted_and_the_next_turn_asks_again() -> None:
    assistant, clock = Assistant(), Clock()
    refused: list[str] = []

    async def outage(client: RasaClient) -> None:
        await client.send("c1", "hi", {})
        assistant.up = False
        # /healthz and the replay worker ask every time, and a failure forgets the good answer.
        assert not await client.action_server_ready()
        for _ in range(2):
            try:
                await client.send("c1", "hi", {})
            except AssistantUnavailable as error:
                refused.append(str(error))

    asyncio.run(with_client(assistant, clock, outage))
    assert refused == ["the action server is not answering"] * 2
    assert assistant.turns == 1 and assistant.health_checks == 4


def test_a_conversation_without_kept_turns_is_answered_from_memory_and_one_with_them_never(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'speakup.db'}")
    db.create_schema()
    # Kept by a hub that ran before this one: found on first use.
    db.transaction(lambda c: backlog.keep(c, "earlier", "hello", "m0", {}))
    kept = backlog.KeptConversations()
    assert kept.might_have("anyone")  # nothing known before the first look
    assert db.transaction(lambda c: kept.has_any(c, "earlier"))
    assert not kept.might_have("c1") and kept.might_have("earlier")

    db.transaction(lambda c: kept.keep(c, "c1", "hi", "m1", {}))
    assert kept.might_have("c1") and db.transaction(lambda c: kept.has_any(c, "c1"))
    # Replayed: the database has none left, and the next look forgets it.
    db.transaction(lambda c: backlog.drop(c, "c1"))
    assert not db.transaction(lambda c: kept.has_any(c, "c1"))
    assert not kept.might_have("c1")
    db.close()


def test_with_several_hubs_every_look_up_asks_the_database(tmp_path: Path) -> None:
    """Another hub may keep a turn this one never saw (REDIS_URL: bot/services.py)."""
    db = Database(f"sqlite:///{tmp_path / 'speakup.db'}")
    db.create_schema()
    kept = backlog.KeptConversations(only_this_hub=False)
    assert not db.transaction(lambda c: kept.has_any(c, "c1"))
    # Kept by the other hub, straight into the shared database.
    db.transaction(lambda c: backlog.keep(c, "c1", "hi", "m1", {}))
    assert kept.might_have("c1") and db.transaction(lambda c: kept.has_any(c, "c1"))
    assert kept.might_have("never-seen")
    db.close()
