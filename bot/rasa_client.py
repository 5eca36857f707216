"""The hub's side of its private channel to the Rasa servers, and health checks of the internal processes.

With several Rasa servers (RASA_SERVERS) each conversation always goes to the same one, chosen from a
stable hash of its id (`shard`): Rasa's lock store, which keeps a conversation's turns one at a time and in
order, is in each server's memory, so it is only right while every turn of a conversation reaches the same
server. A server that is down takes down only its own conversations: theirs are kept for it (bot/replay.py),
the others are answered as usual. (With shared state across machines, Rasa's Redis lock store would let any
server take any turn: docs/architecture.md.)"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, Sequence

import aiohttp

from bot.assistant_contract import CONTROL_KEY, IDLE_CONNECTION_SECONDS, ControlMessage, parse
from bot.config import RasaServer

log = logging.getLogger(__name__)


def internal_session() -> aiohttp.ClientSession:
    """The hub's HTTP session to the Rasa servers and the action server. aiohttp keeps an idle connection
    15 s, theirs (Sanic) 5 s: a health check sent on one the server was just closing failed at once, and a
    person's first message was kept as if the action server were down (seen in CI). So idle connections are
    let go first (bot/assistant_contract.py)."""
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(keepalive_timeout=IDLE_CONNECTION_SECONDS))


class AssistantUnavailable(RuntimeError):
    """Rasa did not answer; the person's message is already stored, so nothing is lost."""


@dataclass(frozen=True)
class Button:
    title: str
    payload: str


@dataclass(frozen=True)
class BotMessage:
    text: str = ""
    buttons: tuple[Button, ...] = ()
    # A control message for the hub ({"speakup": {...}}); never shown to the person.
    control: Optional[ControlMessage] = None

    @classmethod
    def from_rasa(cls, raw: dict[str, Any]) -> Optional["BotMessage"]:
        """The message, or None for a malformed control message: ignored, and never shown either."""
        custom = raw.get("custom")
        if isinstance(custom, dict) and CONTROL_KEY in custom:
            control = parse(custom[CONTROL_KEY])
            return cls(control=control) if control is not None else None
        buttons = tuple(
            Button(title=str(b.get("title", "")), payload=str(b.get("payload", "")))
            for b in raw.get("buttons") or []
            if b.get("payload")
        )
        return cls(text=str(raw.get("text") or ""), buttons=buttons)


def shard(conversation_id: str, servers: int) -> int:
    """The index of the server that takes every turn of `conversation_id`: the same in every hub process and
    after every restart (unlike Python's hash(), which is salted per process)."""
    digest = hashlib.sha256(conversation_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % servers


# What a request to the assistant's servers raises when they cannot answer: refused, cut, or too slow. On
# Python 3.10 asyncio's TimeoutError (what aiohttp raises when a timeout runs out) is not the builtin
# TimeoutError (it is from 3.11): catching only the builtin made a slow answer a 500 instead of a turn kept.
NOT_ANSWERING = (aiohttp.ClientError, asyncio.TimeoutError, TimeoutError)

# How long an answer from the action server's health check is trusted: one loopback request fewer on almost
# every turn. Only a good answer is remembered, and any failure forgets it, so an outage is noticed by the
# next turn after it is seen; the window in which a turn may reach Rasa while the action server has just
# died (and Rasa drop the actions' work) grows from the time of one request to this.
ACTION_SERVER_KNOWN_GOOD_SECONDS = 1.0


@dataclass
class RasaClient:
    session: aiohttp.ClientSession
    servers: Sequence[RasaServer]
    channel_token: str
    api_token: str
    action_health_url: str
    timeout: aiohttp.ClientTimeout = field(default_factory=lambda: aiohttp.ClientTimeout(total=30))
    action_known_good_seconds: float = ACTION_SERVER_KNOWN_GOOD_SECONDS
    clock: Callable[[], float] = time.monotonic
    # Until when the action server's last good health check is trusted (monotonic clock).
    _action_good_until: float = field(default=0.0, init=False)

    def __post_init__(self) -> None:
        if not self.servers:
            raise ValueError("the hub needs at least one Rasa server")

    def server_for(self, conversation_id: str) -> RasaServer:
        return self.servers[shard(conversation_id, len(self.servers))]

    async def send(
        self, conversation_id: str, text: str, metadata: dict[str, Any], message_id: Optional[str] = None,
        sent_before: bool = False,
    ) -> list[BotMessage]:
        """The assistant's answer. `message_id`: the id the assistant records the turn by; a turn sent again
        (`sent_before`, bot/replay.py) carries the same id, and the assistant answers one it has already
        taken from its tracker instead of taking it twice."""
        # Rasa answers 200 even when the action server is down: it drops the custom action's events and
        # carries on, so a form would skip its question or a report go unsaved. Asked first (a loopback
        # request, or its good answer of the last second), the person is told the assistant is unavailable
        # instead.
        if not await self.action_server_known_ready():
            raise AssistantUnavailable("the action server is not answering")
        server = self.server_for(conversation_id)
        body: dict[str, Any] = {"sender": conversation_id, "text": text, "metadata": metadata}
        if message_id is not None:
            body["message_id"] = message_id
            body["sent_before"] = sent_before
        try:
            async with self.session.post(
                f"{server.url}/webhooks/hub/webhook",
                json=body,
                headers={"Authorization": f"Bearer {self.channel_token}"},
                timeout=self.timeout,
            ) as response:
                if response.status != 200:
                    raise self._unavailable(f"{server.name} answered {response.status}")
                answer = await response.json()
        except NOT_ANSWERING as error:
            raise self._unavailable(f"{server.name}: {str(error) or type(error).__name__}") from error
        messages = (BotMessage.from_rasa(raw) for raw in answer.get("messages", []))
        return [message for message in messages if message is not None]

    def _unavailable(self, reason: str) -> AssistantUnavailable:
        """Whatever went wrong, the next turn asks the action server again rather than trusting it."""
        self._action_good_until = 0.0
        return AssistantUnavailable(reason)

    async def servers_ready(self) -> dict[str, bool]:
        """Each Rasa server by name: True once it answers and has a model loaded."""
        answers = await asyncio.gather(*(self.rasa_ready(server) for server in self.servers))
        return {server.name: ready for server, ready in zip(self.servers, answers)}

    async def rasa_ready(self, server: RasaServer) -> bool:
        """True once the server answers and has a model loaded."""
        try:
            async with self.session.get(
                f"{server.url}/status",
                params={"token": self.api_token},
                timeout=aiohttp.ClientTimeout(total=3),
            ) as response:
                return response.status == 200 and bool((await response.json()).get("model_id"))
        except (*NOT_ANSWERING, ValueError):
            return False

    async def action_server_known_ready(self) -> bool:
        """The action server's health, from a good answer of the last second when there is one."""
        return self.clock() < self._action_good_until or await self.action_server_ready()

    async def action_server_ready(self) -> bool:
        """Asks the action server now (/healthz and the replay worker always do); a good answer is trusted
        for the next turns (ACTION_SERVER_KNOWN_GOOD_SECONDS), a bad one forgets the last good one."""
        try:
            async with self.session.get(self.action_health_url, timeout=aiohttp.ClientTimeout(total=3)) as response:
                ready = response.status == 200
        except NOT_ANSWERING:
            ready = False
        self._action_good_until = self.clock() + self.action_known_good_seconds if ready else 0.0
        return ready
