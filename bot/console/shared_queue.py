"""One reading of the queue for every handler watching it.

With 50 people talking to the assistant, the queue's topic is notified many times a second. Instead of
each handler's stream re-reading the queue on every notification, one task reads it (at most a few
times a second, after a short settling pause) and every stream renders from that reading; each adds
only its own "your conversations" (one small query)."""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional

import sqlalchemy as sa
from aiohttp import web
from sqlalchemy.engine import Connection

from bot.app_keys import DATABASE, HANDOFF, NOTIFIER
from bot.event_stream import HEARTBEAT_SECONDS
from bot.console.previews import previews
from bot.conversation_status import Status
from bot.conversations import StoredMessage
from bot.handoff import QueueEntry
from bot.notifier import QUEUE_TOPIC
from bot.storage.database import utcnow
from bot.storage.outage import DatabaseUnavailable
from bot.storage.schema import conversations, staff

log = logging.getLogger(__name__)
# Bursts of notifications are coalesced: the queue is read at most this often.
SETTLE_SECONDS = 0.1


@dataclass(frozen=True)
class HeldConversation:
    """A conversation a handler holds, as supervisors oversee it."""
    conversation_id: str
    channel: str
    incident_kind: Optional[str]
    danger: bool
    handler_name: str
    language: Optional[str] = None


@dataclass(frozen=True)
class QueueReading:
    waiting: list[QueueEntry] = field(default_factory=list)
    previews: dict[str, list[StoredMessage]] = field(default_factory=dict)
    read_at: dt.datetime = field(default_factory=utcnow)
    held: list[HeldConversation] = field(default_factory=list)


def held_conversations(connection: Connection) -> list[HeldConversation]:
    rows = connection.execute(
        sa.select(conversations, staff.c.name.label("handler_name"))
        .join(staff, staff.c.id == conversations.c.handler_id)
        .where(conversations.c.status == Status.WITH_HANDLER.value)
        .order_by(conversations.c.danger.desc(), staff.c.name)
    ).all()
    return [HeldConversation(r.id, r.channel, r.incident_kind, bool(r.danger), r.handler_name, r.language) for r in rows]


class SharedQueue:
    def __init__(self) -> None:
        self.current = QueueReading()
        self._changed = asyncio.Event()

    def publish(self, reading: QueueReading) -> None:
        self.current = reading
        # A new event per reading: a listener holds the event of the reading it last saw.
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()

    def listen(self) -> "asyncio.Future[bool]":
        return asyncio.ensure_future(_set_within(self._changed, HEARTBEAT_SECONDS))


SHARED_QUEUE = web.AppKey("shared_queue", SharedQueue)


async def _set_within(event: asyncio.Event, timeout: float) -> bool:
    try:
        await asyncio.wait_for(event.wait(), timeout)
        return True
    except asyncio.TimeoutError:
        return False


async def read_queue(console: web.Application) -> QueueReading:
    # Stamped with when the reading began: it shows every change made before then.
    started = utcnow()
    db = console[DATABASE]
    waiting = await console[HANDOFF].queue()
    recent = await db.run(lambda c: previews(c, [e.conversation_id for e in waiting]))
    held = await db.run(held_conversations)
    return QueueReading(waiting, recent, started, held)


async def _watch(app: web.Application) -> None:
    shared, notifier = app[SHARED_QUEUE], app[NOTIFIER]
    while True:
        # Listen before reading, so that a change made during the read is not missed.
        waiter = asyncio.ensure_future(notifier.wait(QUEUE_TOPIC, HEARTBEAT_SECONDS))
        await asyncio.sleep(0)
        try:
            shared.publish(await read_queue(app))
        except DatabaseUnavailable:
            pass  # said once by the database (bot/storage/outage.py); the next heartbeat reads it again
        except Exception:  # the next change or heartbeat tries again
            log.exception("could not read the handoff queue")
        await waiter
        await asyncio.sleep(SETTLE_SECONDS)


async def shared_queue_context(app: web.Application) -> AsyncIterator[None]:
    app[SHARED_QUEUE].publish(await read_queue(app))
    task = asyncio.create_task(_watch(app))
    yield
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
