"""CSRF protection for every change: a POST must carry its session's token, in the form (`csrf_token`)
or, from the console's scripts, in the X-CSRF-Token header. Signing in, before there is a session, uses
a double-submit token instead (a random cookie and the same value in the form)."""
from __future__ import annotations

import hmac

from aiohttp import web

from bot.app_keys import SETTINGS
from bot.console.keys import SESSION_TOKEN
from bot.console.rendering import CSRF_FIELD, CSRF_HEADER
from bot.console.sessions import csrf_token_for
from bot.http_errors import Handler

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
LOGIN_CSRF_COOKIE = "speakup_console_login"


def session_token(request: web.Request, token: str) -> str:
    return csrf_token_for(token, request.app[SETTINGS].derive_secret("console-csrf"))


async def _presented(request: web.Request) -> str:
    header = request.headers.get(CSRF_HEADER)
    if header:
        return header
    if request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        return str((await request.post()).get(CSRF_FIELD, ""))
    return ""


def _same(a: str, b: str) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(a.encode(), b.encode())


@web.middleware
async def csrf_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Runs after the session middleware, so a signed-in request knows its session token."""
    if request.method in SAFE_METHODS:
        return await handler(request)
    presented = await _presented(request)
    if SESSION_TOKEN in request:
        expected = session_token(request, request[SESSION_TOKEN])
    else:
        expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not _same(presented, expected):
        raise web.HTTPForbidden(reason="CSRF token missing or wrong")
    return await handler(request)
