"""Every error the hub returns has one JSON shape, a stable code and a plain-language message."""
from __future__ import annotations

import json
import logging
import time
from typing import Any, Awaitable, Callable

from aiohttp import web
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from bot.app_keys import TEXTS
from bot.inbound import InboundRejected
from bot.keyed_locks import LockWaitTooLong
from bot.storage.outage import RETRY_AFTER_SECONDS, DatabaseUnavailable, is_unreachable

log = logging.getLogger(__name__)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
# Said by every route while the database cannot be reached. True on every route: what could not be stored
# was refused as a whole (nothing half-stored), and a message acknowledged before the outage is kept.
DATABASE_UNAVAILABLE_MESSAGE = (
    "SpeakUp cannot reach its database for a moment, so nothing of this request was stored. Send it again "
    "in a few seconds: a message sent again with the same id is kept only once."
)


# Said while several hubs cannot reach the Redis they share (bot/shared_state.py): nothing was taken.
SHARED_STATE_UNAVAILABLE_MESSAGE = (
    "SpeakUp cannot reach the state its servers share for a moment, so nothing of this request was taken. "
    "Send it again in a few seconds: a message sent again with the same id is kept only once."
)
# Said when another hub held this message's or conversation's lock for longer than we wait for it.
BUSY_MESSAGE = (
    "SpeakUp is still busy with this conversation, so nothing of this request was taken. Send it again in a "
    "few seconds: a message sent again with the same id is kept only once."
)
# One warning a minute at most while Redis is away, not a traceback per request.
SHARED_STATE_WARNING_EVERY_SECONDS = 60.0
_shared_state_warned_at = [float("-inf")]


def json_error(status: int, code: str, message: str, **extra: Any) -> web.Response:
    return web.json_response({"error": {"code": code, "message": message, **extra}}, status=status)


def try_again_later(code: str, message: str) -> web.Response:
    """A 503 with Retry-After: nothing of the request was taken; clients (the widget, Twilio, Telegram) send it
    again later, and the same message id is kept once (bot/router.py)."""
    response = json_error(503, code, message)
    response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def database_unavailable() -> web.Response:
    """The 503 of every route while the database cannot be reached."""
    return try_again_later("database_unavailable", DATABASE_UNAVAILABLE_MESSAGE)


def unavailable_database(error: BaseException) -> bool:
    """The database could not be reached: raised as ours, or an SQLAlchemy error from code that went
    round `Database` (the outage was then not logged; a 503 is still the honest answer)."""
    return isinstance(error, DatabaseUnavailable) or is_unreachable(error)


def shared_state_unavailable(error: BaseException) -> web.Response:
    now = time.monotonic()
    if now - _shared_state_warned_at[0] >= SHARED_STATE_WARNING_EVERY_SECONDS:
        _shared_state_warned_at[0] = now
        log.warning("Redis (REDIS_URL) cannot be reached (%s): answering 503 until it is back", type(error).__name__)
    return try_again_later("shared_state_unavailable", SHARED_STATE_UNAVAILABLE_MESSAGE)


def conversation_busy(error: LockWaitTooLong) -> web.Response:
    """A 503, not a 500: the lock's holder is slow or died before its lease ended; the client's retry (the
    widget's, Twilio's, Telegram's) finds the lock free, and the same message id is kept once."""
    log.warning("answering 503: %s", error)
    return try_again_later("conversation_busy", BUSY_MESSAGE)


def rejected(request: web.Request, problem: InboundRejected) -> web.Response:
    message = request.app[TEXTS].render(problem.response, **problem.values)
    return json_error(problem.status, problem.code, message)


async def read_json_object(request: web.Request) -> dict[str, Any]:
    """The request's JSON object, or a 400/413/415 that says what was wrong with it."""
    if request.content_type != "application/json":
        raise web.HTTPUnsupportedMediaType(
            text=json.dumps({"error": {"code": "unsupported_media_type", "message": "Send JSON (Content-Type: application/json)."}}),
            content_type="application/json",
        )
    try:
        raw = await request.read()
        body = json.loads(raw.decode("utf-8"))
    except web.HTTPRequestEntityTooLarge:
        raise
    except (UnicodeDecodeError, ValueError):
        raise web.HTTPBadRequest(
            text=json.dumps({"error": {"code": "invalid_json", "message": "The request body is not valid UTF-8 JSON."}}),
            content_type="application/json",
        )
    if not isinstance(body, dict):
        raise web.HTTPBadRequest(
            text=json.dumps({"error": {"code": "invalid_json", "message": "The request body must be a JSON object."}}),
            content_type="application/json",
        )
    return body


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """HTTP errors keep the JSON shape; a database that cannot be reached is a 503 (logged once, by the
    database: bot/storage/outage.py); anything unexpected is logged (without personal data) as a 500."""
    try:
        return await handler(request)
    except web.HTTPException as error:
        if error.content_type == "application/json" or error.status < 400:
            raise
        code = error.reason.lower().replace(" ", "_")
        response = json_error(error.status, code, error.reason)
        # A 405 must say which methods the resource takes (RFC 9110 section 15.5.6): keep aiohttp's Allow.
        if "Allow" in error.headers:
            response.headers["Allow"] = error.headers["Allow"]
        return response
    except InboundRejected as problem:
        return rejected(request, problem)
    except Exception as error:
        if unavailable_database(error):
            return database_unavailable()
        if isinstance(error, (RedisConnectionError, RedisTimeoutError)):
            return shared_state_unavailable(error)
        if isinstance(error, LockWaitTooLong):
            return conversation_busy(error)
        log.exception("unexpected error handling %s %s", request.method, _route_name(request))
        return json_error(500, "internal_error", "Something went wrong on our side. Nothing you sent was lost.")


def _route_name(request: web.Request) -> str:
    """The route pattern, never the raw path: paths carry session tokens."""
    try:
        resource = request.match_info.route.resource
    except AssertionError:
        # aiohttp refused the request before routing it (a NUL in a header, found by the fuzzer): no route.
        return "(unmatched)"
    return resource.canonical if resource is not None else "(no route)"


class PrivateAccessLogger(web.AbstractAccessLogger):
    """Access logs with no IP address, no user agent and no session token: method, route, status, time."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        route = _route_name(request) if isinstance(request, web.Request) else "(unmatched)"
        self.logger.info("%s %s %s %.1fms", request.method, route, response.status, time * 1000)
