"""Being honest with people who wait: whether anyone is on duty, and in which languages (the router asks
before queueing a request for a person), a one-time notice, with helplines, for those who have waited too long, and no
conversation left with a handler who has gone (signed out, or their console closed): the assistant
takes it back and the person is told."""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from typing import AsyncIterator, Optional

import sqlalchemy as sa
from aiohttp import web
from sqlalchemy.engine import Connection

from bot.app_keys import DATABASE, HANDOFF, NOTIFIER, ROUTER
from bot.console import audit, sessions
from bot.console.keys import CONSOLE_SETTINGS, HUB_APP
from bot.conversations import HUMAN_MODE
from bot.handoff import NotYours
from bot.notifier import conversation_topic
from bot.router import OnDuty
from bot.storage.database import utcnow
from bot.storage.schema import conversations, staff_sessions

log = logging.getLogger(__name__)
# How often long waits and absent handlers are looked for: a notice due at 5 minutes goes out by 5:30.
WAIT_CHECK_SECONDS = 30.0


def on_duty_check(app: web.Application) -> OnDuty:
    hub = app[HUB_APP]
    within = app[CONSOLE_SETTINGS].on_duty_within

    async def languages_on_duty() -> Optional[frozenset[str]]:
        return await hub[DATABASE].run(lambda c: sessions.languages_on_duty(c, within))

    return languages_on_duty


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
        sa.select(conversations.c.id, conversations.c.handler_id).where(conversations.c.mode == HUMAN_MODE, ~live_session)
    ).all()
    return [(row.id, row.handler_id) for row in rows]


async def hand_back_all(hub: web.Application, held: list[tuple[str, int]], why: str) -> int:
    """Hands each conversation back to the assistant (the person is told the handler has left)."""
    desk, db = hub[HANDOFF], hub[DATABASE]
    done = 0
    for conversation_id, handler_id in held:
        try:
            await desk.hand_back(conversation_id, handler_id)
        except NotYours:  # taken back or transferred meanwhile
            continue
        await db.run(lambda c: audit.write(c, None, "handed_back", audit.CONVERSATION, conversation_id, why))
        hub[NOTIFIER].notify(conversation_topic(conversation_id))
        done += 1
    return done


async def _keep_watch(app: web.Application) -> None:
    hub, settings = app[HUB_APP], app[CONSOLE_SETTINGS]
    # Twice the on-duty window: an open console touches its session every minute or so.
    absent_for = 2 * settings.on_duty_within
    while True:
        try:
            told = await hub[HANDOFF].tell_long_waits(settings.wait_notice_after)
            if told:
                log.info("told %d people they are still waiting", told)
            held = await hub[DATABASE].run(lambda c: left_behind(c, absent_for))
            if held:
                returned = await hand_back_all(hub, held, "the call handler's console was closed")
                log.info("handed %d conversations back from handlers who had gone", returned)
        except Exception:  # a failed round must not stop the next one
            log.exception("could not keep watch over waiting and held conversations")
        await asyncio.sleep(WAIT_CHECK_SECONDS)


async def duty_context(app: web.Application) -> AsyncIterator[None]:
    """Runs once the hub's services exist (bot/hub.py starts the hub's runner first)."""
    router = app[HUB_APP][ROUTER]
    router.on_duty = on_duty_check(app)
    task = asyncio.create_task(_keep_watch(app))
    yield
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    router.on_duty = None
