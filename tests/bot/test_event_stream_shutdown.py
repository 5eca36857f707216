"""A stream whose request was already being answered when the hub stopped accepting (a browser reconnecting
at that moment, its handler still reading the session) ends as soon as it opens, instead of holding the
graceful shutdown for its whole timeout. A plain aiohttp app with the hub's stream helpers: it is the
shutdown's order that is tested."""
from __future__ import annotations

import asyncio

import aiohttp
from aiohttp import web

from bot.event_stream import end_streams_on_shutdown, stream_changes

SHUTDOWN_TIMEOUT_SECONDS = 60.0


class NothingChanges:
    """A source of changes that stays quiet: the stream would wait for its heartbeat forever."""

    def listen(self) -> "asyncio.Future[bool]":
        return asyncio.get_running_loop().create_future()


async def nothing_to_send(response: web.StreamResponse) -> bool:
    await response.write(b"event: ready\ndata: {}\n\n")
    return True


def test_a_stream_that_opens_after_the_shutdown_began_ends_at_once() -> None:
    async def main() -> tuple[bool, bytes]:
        handler_started, session_read = asyncio.Event(), asyncio.Event()

        async def events(request: web.Request) -> web.StreamResponse:
            handler_started.set()
            await session_read.wait()  # the handler's own reads, before its stream opens
            return await stream_changes(request, NothingChanges(), nothing_to_send)

        app = web.Application()
        end_streams_on_shutdown(app)
        app.router.add_get("/events", events)
        runner = web.AppRunner(app, shutdown_timeout=SHUTDOWN_TIMEOUT_SECONDS)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        async with aiohttp.ClientSession() as http:
            reading = asyncio.ensure_future(http.get(f"http://127.0.0.1:{port}/events"))
            await asyncio.wait_for(handler_started.wait(), 10)
            stopping = asyncio.ensure_future(runner.cleanup())
            await asyncio.sleep(0.2)  # the hub has stopped accepting and ended the streams it knew of
            session_read.set()
            response = await asyncio.wait_for(reading, 10)
            body = await asyncio.wait_for(response.read(), 10)
            await asyncio.wait_for(stopping, 10)
            return stopping.done(), body

    stopped, body = asyncio.run(main())
    assert stopped
    # The browser is told how soon to reconnect (to the hub that replaces this one) and nothing else.
    assert body.startswith(b"retry: ") and b"event:" not in body
