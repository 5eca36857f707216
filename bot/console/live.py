"""Server-sent event streams for the console: woken by the hub's notifier, never by polling.

Each stream re-reads the database when woken (the notifier says only "something changed"), and starts
listening before it reads, so nothing stored meanwhile waits for the next heartbeat. The heartbeat
also keeps the session fresh, which is how an open console counts as "on duty", and ends the stream
once the session is over."""
from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Protocol

from aiohttp import web

from bot.app_keys import DATABASE
from bot.console import sessions
from bot.console.keys import CONSOLE_SETTINGS, HUB_APP, SESSION_TOKEN
from bot.notifier import Notifier

HEARTBEAT_SECONDS = 15.0


class Changes(Protocol):
    def listen(self) -> "asyncio.Future[bool]":
        """Starts listening now; the future is True when something changed, False after a heartbeat."""


@dataclass(frozen=True)
class TopicChanges:
    """Changes announced on one of the hub notifier's topics."""

    notifier: Notifier
    topic: str

    def listen(self) -> "asyncio.Future[bool]":
        return asyncio.ensure_future(self.notifier.wait(self.topic, HEARTBEAT_SECONDS))


@dataclass(frozen=True)
class EitherChanges:
    """Changes from either of two sources."""

    first: Changes
    second: Changes

    def listen(self) -> "asyncio.Future[bool]":
        listening = (self.first.listen(), self.second.listen())

        async def either() -> bool:
            try:
                done, _pending = await asyncio.wait(listening, return_when=asyncio.FIRST_COMPLETED)
                return any(future.result() for future in done)
            finally:
                for future in listening:
                    future.cancel()

        return asyncio.ensure_future(either())


def event(name: str, data: Any, event_id: int | None = None) -> bytes:
    lines = [f"event: {name}", f"data: {json.dumps(data, ensure_ascii=False)}"]
    if event_id is not None:
        lines.insert(0, f"id: {event_id}")
    return ("\n".join(lines) + "\n\n").encode("utf-8")


async def open_stream(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(
        headers={"Content-Type": "text/event-stream", "Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    )
    await response.prepare(request)
    await response.write(b"retry: 3000\n\n")
    return response


async def still_signed_in(request: web.Request) -> bool:
    """Re-checks the session (it may have ended or expired) and marks the handler as still here."""
    db = request.app[HUB_APP][DATABASE]
    token = request[SESSION_TOKEN]
    idle = request.app[CONSOLE_SETTINGS].session_idle
    session = await db.run(lambda c: sessions.find_session(c, token, idle))
    if session is None:
        return False
    if sessions.needs_touch(session):
        await db.run(lambda c: sessions.touch(c, session.token_hash))
    return True


async def run_stream(
    request: web.Request, changes: Changes, send_changes: Callable[[web.StreamResponse], Awaitable[bool]]
) -> web.StreamResponse:
    """Calls `send_changes` now and whenever `changes` says something changed (and at each heartbeat),
    until it returns False, the client goes away, or the session ends."""
    response = await open_stream(request)
    loop = asyncio.get_running_loop()
    checked_at = loop.time()
    waiter: asyncio.Future[bool] | None = None
    try:
        while True:
            # Listen before reading: a message stored while we read still wakes us at once, instead of
            # waiting for the next heartbeat.
            waiter = changes.listen()
            await asyncio.sleep(0)
            if not await send_changes(response):
                break
            if not await waiter:
                await response.write(b": still here\n\n")
            # Checked by the clock, not only on quiet heartbeats: a busy queue wakes streams constantly.
            if loop.time() - checked_at >= HEARTBEAT_SECONDS:
                checked_at = loop.time()
                if not await still_signed_in(request):
                    await response.write(event("signed_out", {}))
                    break
    except (ConnectionResetError, asyncio.CancelledError):
        pass
    finally:
        if waiter is not None and not waiter.done():
            waiter.cancel()
    return response
