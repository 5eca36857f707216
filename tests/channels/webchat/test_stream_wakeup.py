"""The person's event stream listens before it reads: a message pushed while the stream is reading
(here, the session read is slowed down to make that moment long) arrives at once, not at the next
15-second heartbeat. In-process hub, no assistant: it is the stream that is tested."""
from __future__ import annotations

import asyncio
import time
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from bot import conversations as store
from bot.app import create_app
from bot.app_keys import ROUTER
from bot.config import Settings
from bot.handoff import HANDLER
from bot.notifier import conversation_topic
from tests.bot.console.support import conversation_of_chat
from tests.support.stack import environment_for_tests


def test_a_message_pushed_while_the_stream_reads_arrives_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    slow = {"on": False}
    read_session = store.find_chat_session

    def slowed(connection, hashed):  # type: ignore[no-untyped-def]
        if slow["on"]:
            time.sleep(0.3)  # on the database's thread, as a slow disk would be
        return read_session(connection, hashed)

    monkeypatch.setattr(store, "find_chat_session", slowed)

    async def main() -> float:
        settings = Settings.from_env(environment_for_tests(tmp_path))
        app = create_app(settings)
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
                    slow["on"] = True
                    # Woken (as by the person's own message), it reads again; the push lands meanwhile.
                    app[ROUTER].notifier.notify(conversation_topic(conversation_id))
                    await asyncio.sleep(0.1)
                    started = time.perf_counter()
                    await app[ROUTER].push(conversation_id, HANDLER, "hello from a call handler")
                    while b"hello from a call handler" not in await stream.content.readline():
                        pass
                    return time.perf_counter() - started
        finally:
            await runner.cleanup()

    assert asyncio.run(main()) < 5.0  # at the heartbeat it would be about 15 s
