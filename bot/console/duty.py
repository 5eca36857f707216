"""Being honest with people who wait: whether anyone is on duty (the router asks before queueing a
request for a person), and a one-time notice, with helplines, for those who have waited too long."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import AsyncIterator

from aiohttp import web

from bot.app_keys import DATABASE, HANDOFF, ROUTER
from bot.console import sessions
from bot.console.keys import CONSOLE_SETTINGS, HUB_APP
from bot.router import OnDuty

log = logging.getLogger(__name__)
# How often long waits are looked for: a notice due at 5 minutes goes out by 5 minutes 30 seconds.
WAIT_CHECK_SECONDS = 30.0


def on_duty_check(app: web.Application) -> OnDuty:
    hub = app[HUB_APP]
    within = app[CONSOLE_SETTINGS].on_duty_within

    async def anyone_on_duty() -> bool:
        return await hub[DATABASE].run(lambda c: sessions.anyone_on_duty(c, within))

    return anyone_on_duty


async def _tell_long_waits(app: web.Application) -> None:
    desk = app[HUB_APP][HANDOFF]
    after = app[CONSOLE_SETTINGS].wait_notice_after
    while True:
        try:
            told = await desk.tell_long_waits(after)
            if told:
                log.info("told %d people they are still waiting", told)
        except Exception:  # a failed round must not stop the next one
            log.exception("could not tell people about long waits")
        await asyncio.sleep(WAIT_CHECK_SECONDS)


async def duty_context(app: web.Application) -> AsyncIterator[None]:
    """Runs once the hub's services exist (bot/hub.py starts the hub's runner first)."""
    router = app[HUB_APP][ROUTER]
    router.on_duty = on_duty_check(app)
    task = asyncio.create_task(_tell_long_waits(app))
    yield
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    router.on_duty = None
