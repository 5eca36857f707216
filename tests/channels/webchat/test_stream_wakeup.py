"""The person's event stream wakes for what it shows, and at once: it listens before it reads, so a
message pushed while the stream is reading (here, the session read is slowed down to make that moment
long) arrives at once, not at the next 15-second heartbeat; and what only the staff console shows (the
person's own message, a handler taking the conversation) does not wake it at all.
In-process hub, no assistant: it is the stream that is tested."""
from __future__ import annotations

import asyncio
import time
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, AsyncIterator, Callable

import aiohttp
import pytest
from aiohttp import web

from bot import conversations as store
from bot.app import create_app
from bot.app_keys import ROUTER
from bot.config import Settings
from bot.handoff import HANDLER
from bot.notifier import conversation_topic, person_topic
from bot.services import hub_services
from tests.bot.console.support import conversation_of_chat
from tests.support.stack import environment_for_tests

Stream = tuple[web.Application, str, aiohttp.StreamReader]


@asynccontextmanager
async def person_stream(tmp_path: Path) -> AsyncIterator[Stream]:
    """A hub, a new chat session, and that session's event stream (past its opening line)."""
    settings = Settings.from_env(environment_for_tests(tmp_path))
    async with hub_services(settings) as services:
        app = create_app(services)
        runner = web.AppRunner(app, shutdown_timeout=1.0)  # the open stream need not end gracefully
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", settings.hub_port).start()
        url = f"http://127.0.0.1:{settings.hub_port}"
        try:
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as http:
                async with http.post(f"{url}/api/chat/sessions") as opened:
                    session_id = (await opened.json())["session_id"]
                conversation_id = await asyncio.to_thread(conversation_of_chat, settings.database_url, session_id)
                async with http.get(f"{url}/api/chat/sessions/{session_id}/events") as stream:
                    await stream.content.readline()
                    await asyncio.sleep(0.3)  # the stream is waiting now
                    yield app, conversation_id, stream.content
        finally:
            await runner.cleanup()


async def read_until(content: aiohttp.StreamReader, text: bytes) -> None:
    while text not in await content.readline():
        pass


def counting(monkeypatch: pytest.MonkeyPatch, name: str, before: Callable[[], None] = lambda: None) -> list[int]:
    """Counts calls of `store.<name>` (the stream's reads), running `before` first on each."""
    calls: list[int] = []
    original = getattr(store, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        before()
        return original(*args, **kwargs)

    monkeypatch.setattr(store, name, counted)
    return calls


def test_a_message_pushed_while_the_stream_reads_arrives_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    slow = {"on": False}
    # On the database's thread, as a slow disk would be.
    counting(monkeypatch, "find_chat_session", before=lambda: time.sleep(0.3) if slow["on"] else None)

    async def main() -> float:
        async with person_stream(tmp_path) as (app, conversation_id, content):
            slow["on"] = True
            # Woken (as by an earlier push), it reads again; the next push lands meanwhile.
            app[ROUTER].notifier.notify(person_topic(conversation_id))
            await asyncio.sleep(0.1)
            started = time.perf_counter()
            await app[ROUTER].push(conversation_id, HANDLER, "hello from a call handler")
            await read_until(content, b"hello from a call handler")
            return time.perf_counter() - started

    assert asyncio.run(main()) < 5.0  # at the heartbeat it would be about 15 s


def test_what_only_the_console_shows_does_not_wake_the_persons_stream(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = counting(monkeypatch, "transcript")

    async def main() -> tuple[int, int]:
        async with person_stream(tmp_path) as (app, conversation_id, content):
            before = len(reads)
            # What the person's own message in handoff mode, or a handler's claim, announces.
            app[ROUTER].notifier.notify(conversation_topic(conversation_id))
            await asyncio.sleep(0.3)
            quiet = len(reads) - before
            await app[ROUTER].push(conversation_id, HANDLER, "a reply")
            await read_until(content, b"a reply")
            return quiet, len(reads) - before

    quiet, after_push = asyncio.run(main())
    assert quiet == 0
    assert after_push >= 1
