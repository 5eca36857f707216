"""Server-sent event streams, shared by the web chat (a person's pushed messages) and the staff console
(the queue and a conversation): woken by the hub's notifier, never by polling.

A stream starts listening *before* it reads, so anything stored while it reads still wakes it at once
instead of waiting for the next heartbeat. The heartbeat (an SSE comment) keeps proxies from closing a
quiet stream and lets each stream re-check, now and then, that it should still be open.

When the hub is told to stop, its open streams end at once (`end_streams_on_shutdown`): otherwise each
would hold the graceful shutdown for its whole timeout. The browser's EventSource reconnects by itself
(after RETRY_MILLISECONDS) to the hub that replaces it, resuming with Last-Event-ID."""
from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Protocol

from aiohttp import web

from bot.notifier import Notifier
from bot.storage.outage import DatabaseUnavailable

HEARTBEAT_SECONDS = 15.0
OPEN_STREAMS: web.AppKey["OpenStreams"] = web.AppKey("open_streams")
# How long a browser's EventSource waits before reconnecting after a dropped stream.
RETRY_MILLISECONDS = 3000


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
    """One SSE event; `event_id` lets a reconnecting EventSource resume with Last-Event-ID."""
    lines = [f"event: {name}", f"data: {json.dumps(data, ensure_ascii=False)}"]
    if event_id is not None:
        lines.insert(0, f"id: {event_id}")
    return ("\n".join(lines) + "\n\n").encode("utf-8")


async def open_stream(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(
        headers={"Content-Type": "text/event-stream", "Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    )
    await response.prepare(request)
    await response.write(f"retry: {RETRY_MILLISECONDS}\n\n".encode("ascii"))
    return response


SendChanges = Callable[[web.StreamResponse], Awaitable[bool]]


@dataclass
class OpenStreams:
    """The application's open streams, and whether it has begun to shut down: a stream whose request was
    already being answered when the hub stopped accepting (a browser reconnecting just then) registers
    after the others were ended, and would otherwise hold the shutdown for its whole timeout."""

    tasks: set[asyncio.Task[Any]] = field(default_factory=set)
    ending: bool = False

    def add(self, task: asyncio.Task[Any]) -> bool:
        """Registers a stream; False when the application is shutting down and the stream should end now."""
        if self.ending:
            return False
        self.tasks.add(task)
        return True

    def end_all(self) -> None:
        self.ending = True
        for task in list(self.tasks):
            task.cancel()


def end_streams_on_shutdown(app: web.Application) -> None:
    """Ends the application's open streams when it shuts down, after it has stopped accepting and before
    it waits for the requests still being answered (aiohttp runs on_shutdown in between)."""
    app[OPEN_STREAMS] = OpenStreams()

    async def end_streams(stopping: web.Application) -> None:
        stopping[OPEN_STREAMS].end_all()

    # aiohttp 3.9 declares its signals with an older aiosignal's generic, which the installed aiosignal
    # reads differently: the callback is exactly what aiohttp's documentation asks for.
    app.on_shutdown.append(end_streams)  # type: ignore[arg-type]


async def stream_changes(request: web.Request, changes: Changes, send_changes: SendChanges) -> web.StreamResponse:
    """Opens the stream, then calls `send_changes` now, whenever `changes` says something changed, and
    at each heartbeat, until it returns False or the client goes away."""
    response = await open_stream(request)
    waiter: asyncio.Future[bool] | None = None
    streams = request.app.get(OPEN_STREAMS)
    task = asyncio.current_task()
    if streams is not None and task is not None and not streams.add(task):
        return response  # the hub is stopping: the browser reconnects to the one that replaces it
    try:
        while True:
            waiter = changes.listen()
            await asyncio.sleep(0)  # let the listener register before reading
            if not await send_changes(response):
                break
            if not await waiter:
                await response.write(b": still here\n\n")
    except (ConnectionResetError, asyncio.CancelledError):
        pass
    except DatabaseUnavailable:
        # The stream ends (its answer has begun: no 503 now); the browser reconnects, is told 503 while
        # the database is away, and resumes from Last-Event-ID once it is back.
        pass
    finally:
        if waiter is not None and not waiter.done():
            waiter.cancel()
        if streams is not None and task is not None:
            streams.tasks.discard(task)
    return response
