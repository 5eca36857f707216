"""Being honest with people who wait: a one-time notice, with helplines, for those who have waited too long;
nobody left waiting when nobody can come any more (the last handler went off duty, the staffed hours
ended); and no conversation left with a handler who has gone (signed out, or their console closed): the
assistant takes it back and the person is told. (Whether anyone can come is bot/availability.py's.)"""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from typing import AsyncIterator

import sqlalchemy as sa
from aiohttp import web
from sqlalchemy.engine import Connection

from bot.app_keys import DATABASE, HANDOFF
from bot.console import audit
from bot.console.keys import CONSOLE_SETTINGS
from bot.conversation_status import Status
from bot.handoff import NotYours
from bot.storage.database import utcnow
from bot.storage.outage import DatabaseUnavailable
from bot.storage.schema import conversations, staff_sessions

log = logging.getLogger(__name__)
# How often long waits and absent handlers are looked for: a notice due at 5 minutes goes out by 5:30.
WAIT_CHECK_SECONDS = 30.0


def left_behind(connection: Connection, absent_for: dt.timedelta) -> list[tuple[str, int]]:
    """(conversation, handler) for each conversation held by a handler with no live console lately."""
    now = utcnow()
    live_session = (
        sa.select(staff_sessions.c.token_hash)
        .where(
            staff_sessions.c.staff_id == conversations.c.handler_id,
            staff_sessions.c.ended_at.is_(None),
            staff_sessions.c.expires_at > now,
            staff_sessions.c.last_seen_at > now - absent_for,
        )
        .exists()
    )
    rows = connection.execute(
        sa.select(conversations.c.id, conversations.c.handler_id).where(conversations.c.status == Status.WITH_HANDLER.value, ~live_session)
    ).all()
    return [(row.id, row.handler_id) for row in rows]


async def hand_back_all(console: web.Application, held: list[tuple[str, int]], why: str) -> int:
    """Hands each conversation back to the assistant (the person is told the handler has left)."""
    desk, db = console[HANDOFF], console[DATABASE]
    done = 0
    for conversation_id, handler_id in held:
        try:
            await desk.hand_back(conversation_id, handler_id, released=True)
        except NotYours:  # taken back or transferred meanwhile
            continue
        await db.run(lambda c: audit.write(c, None, "handed_back", audit.CONVERSATION, conversation_id, why))
        done += 1
    return done


async def _keep_watch(app: web.Application) -> None:
    desk, db, settings = app[HANDOFF], app[DATABASE], app[CONSOLE_SETTINGS]
    # Twice the on-duty window: an open console touches its session every minute or so.
    absent_for = 2 * settings.on_duty_within
    while True:
        try:
            told = await desk.tell_long_waits(settings.wait_notice_after)
            if told:
                log.info("told %d people they are still waiting", told)
            held = await db.run(lambda c: left_behind(c, absent_for))
            if held:
                returned = await hand_back_all(app, held, "the call handler's console was closed")
                log.info("handed %d conversations back from handlers who had gone", returned)
            released = await desk.release_queue_when_nobody_can_come()
            if released:
                log.info("told %d people waiting that nobody can come now", released)
        except DatabaseUnavailable:
            pass  # said once by the database (bot/storage/outage.py); the next round catches up
        except Exception:  # a failed round must not stop the next one
            log.exception("could not keep watch over waiting and held conversations")
        await asyncio.sleep(WAIT_CHECK_SECONDS)


async def duty_context(app: web.Application) -> AsyncIterator[None]:
    """Keeps watch while the console runs (on the hub's services, which outlive it: bot/services.py)."""
    task = asyncio.create_task(_keep_watch(app))
    yield
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
