"""Keeps the Rasa server's connections to the action server open from one call to the next.

Rasa 3.6's `EndpointConfig.request` makes a new aiohttp ClientSession, and so a new TCP connection, for
every call to the action server (several a turn: a form's validation, its next question, a report's
saving) and closes it after. This gives each endpoint one session for the Rasa server's life, whose
connections are reused. An idle connection is let go after IDLE_SECONDS, before the action server (Sanic,
keep-alive 5 s) closes it, so that a call never takes a connection the server is closing: that would read
as the action server having gone away (bot/rasa_plugins/whole_turns.py). A connection to an action server
that has died is seen closed and a new one is made, which is refused as before.

Rasa has no hook for this, so `apply()` replaces `EndpointConfig.session`. Applied where action_replies.apply()
is (bot/rasa_plugins/localised_nlg.py); written against Rasa 3.6.21, whose method it checks it knows."""
from __future__ import annotations

import asyncio
from types import TracebackType
from typing import Any, Optional, Type

import aiohttp
from rasa.utils.endpoints import DEFAULT_REQUEST_TIMEOUT, EndpointConfig

from bot.assistant_contract import IDLE_CONNECTION_SECONDS
from bot.rasa_plugins.replacing import replace_known_method

RASA_SESSION = EndpointConfig.session
# Shorter than the action server's keep-alive (Sanic's default, 5 s).
IDLE_SECONDS = IDLE_CONNECTION_SECONDS
# Where an endpoint keeps its session: (the event loop it belongs to, the session).
KEPT = "_speakup_kept_session"


class KeptSession:
    """What `async with endpoint.session() as session` gets: the endpoint's session, left open after."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session

    async def __aenter__(self) -> aiohttp.ClientSession:
        return self.session

    async def __aexit__(
        self, kind: Optional[Type[BaseException]], error: Optional[BaseException], trace: Optional[TracebackType]
    ) -> None:
        return None


def _new_session(endpoint: EndpointConfig) -> aiohttp.ClientSession:
    """Rasa's session for the endpoint (its headers, auth and timeout), with connections kept."""
    auth = None
    if endpoint.basic_auth:
        auth = aiohttp.BasicAuth(endpoint.basic_auth["username"], endpoint.basic_auth["password"])
    return aiohttp.ClientSession(
        headers=endpoint.headers,
        auth=auth,
        timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
        connector=aiohttp.TCPConnector(keepalive_timeout=IDLE_SECONDS),
    )


def kept_session(self: EndpointConfig) -> Any:
    """The endpoint's session for this event loop, made on first use."""
    loop = asyncio.get_running_loop()
    kept = getattr(self, KEPT, None)
    if kept is None or kept[0] is not loop or kept[1].closed:
        kept = (loop, _new_session(self))
        setattr(self, KEPT, kept)
    return KeptSession(kept[1])


# What Rasa's method makes: a Rasa whose method differs is not patched blindly.
EXPECTED_SOURCE_MARKERS = ("aiohttp.ClientSession(", "headers=self.headers", "ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT)")


def apply() -> None:
    """Makes every endpoint keep its session. Safe to call more than once."""
    replace_known_method(EndpointConfig, "session", kept_session, EXPECTED_SOURCE_MARKERS,
                         "bot/rasa_plugins/action_connections.py")
