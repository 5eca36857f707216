"""The console's server-sent event streams (bot/event_stream.py), which also keep the handler's session
fresh, which is how an open console counts as "on duty", and end once that session is over."""
from __future__ import annotations

import asyncio

from aiohttp import web

from bot.app_keys import DATABASE
from bot.console import sessions
from bot.console.keys import CONSOLE_SETTINGS, SESSION_TOKEN
from bot.event_stream import HEARTBEAT_SECONDS, Changes, SendChanges, event, stream_changes


async def still_signed_in(request: web.Request) -> bool:
    """Re-checks the session (it may have ended or expired) and marks the handler as still here."""
    db = request.app[DATABASE]
    token = request[SESSION_TOKEN]
    idle = request.app[CONSOLE_SETTINGS].session_idle
    session = await db.run(lambda c: sessions.find_session(c, token, idle))
    if session is None:
        return False
    if sessions.needs_touch(session):
        await db.run(lambda c: sessions.touch(c, session.token_hash))
    return True


async def run_stream(
    request: web.Request, changes: Changes, send_changes: SendChanges
) -> web.StreamResponse:
    """A console stream: like any event stream, and also ended (with a `signed_out` event) once the
    handler's session has ended or expired, checked about once a heartbeat."""
    loop = asyncio.get_running_loop()
    checked_at = loop.time()

    async def send_while_signed_in(response: web.StreamResponse) -> bool:
        nonlocal checked_at
        if not await send_changes(response):
            return False
        # Checked by the clock, not only on quiet heartbeats: a busy queue wakes streams constantly.
        if loop.time() - checked_at >= HEARTBEAT_SECONDS:
            checked_at = loop.time()
            if not await still_signed_in(request):
                await response.write(event("signed_out", {}))
                return False
        return True

    return await stream_changes(request, changes, send_while_signed_in)
