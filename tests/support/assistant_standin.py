"""A stand-in for the assistant (the Rasa server and its actions), for in-process tests of the hub.

It speaks exactly the hub's private channel (bot/rasa_client.py talking to bot/rasa_plugins/hub_channel.py):
POST /webhooks/hub/webhook with the bearer channel token and {sender, text, metadata}, answered with
{"messages": [...]} in the shape Rasa's collecting output channel gives them (text, buttons, and custom
control payloads {"speakup": {...}} built from bot/assistant_contract.py's dataclasses, as the actions build
them); GET /status (Rasa's, with the API token) and GET /health (the action server's) for /healthz.

Each test scripts what it answers ("when the text is X, say these messages") and reads what it received:
the exact text (so a test can show that no phone number reached the assistant) and the metadata (channel,
languages, whether staff can come)."""
from __future__ import annotations

import asyncio
import hmac
from dataclasses import dataclass, field
from typing import Any, Optional, Union

from aiohttp import web

from bot.assistant_contract import ControlMessage, custom_payload
from tests.support.standins.server import FailureSwitch

# What Rasa sends back for one bot message, before the hub reads it (bot/rasa_client.py BotMessage.from_rasa).
RasaMessage = dict[str, Any]


def text(said: str, *buttons: tuple[str, str]) -> RasaMessage:
    """A message as the collecting output channel gives it: the text, and (title, payload) buttons."""
    message: RasaMessage = {"text": said}
    if buttons:
        message["buttons"] = [{"title": title, "payload": payload} for title, payload in buttons]
    return message


def control(message: ControlMessage) -> RasaMessage:
    """A control message as an action sends it (`dispatcher.utter_message(json_message=custom_payload(...))`)."""
    return {"custom": custom_payload(message)}


Reply = Union[RasaMessage, ControlMessage]


@dataclass(frozen=True)
class Received:
    """One turn the hub sent: the conversation id, the text (or /intent payload), and the metadata."""

    sender: str
    text: str
    metadata: dict[str, Any]
    # The id the hub gave the turn, and whether it says the turn was sent before (bot/rasa_client.py).
    message_id: Optional[str] = None
    sent_before: bool = False


@dataclass
class AssistantStandIn:
    # The channel token the hub sends (Settings.rasa_channel_token); set once the settings exist.
    channel_token: str = ""
    api_token: str = ""
    received: list[Received] = field(default_factory=list)
    failures: FailureSwitch = field(default_factory=FailureSwitch)
    # Answered for any text no script names (Rasa always answers something; the tests say what).
    otherwise: list[RasaMessage] = field(default_factory=list)
    _scripts: dict[str, list[RasaMessage]] = field(default_factory=dict)
    _delays: dict[str, float] = field(default_factory=dict)

    def when(self, said: str, *replies: Reply, after: float = 0.0) -> None:
        """When the hub sends exactly `said` (a person's text or an /intent payload), answer `replies`
        (each a message from `text`/`control`, or a control dataclass), `after` seconds (a slow turn)."""
        self._scripts[said] = [reply if isinstance(reply, dict) else control(reply) for reply in replies]
        self._delays[said] = after

    def texts(self, sender: Optional[str] = None) -> list[str]:
        """What the assistant was sent (in one conversation when `sender` is given), in order."""
        return [turn.text for turn in self.received if sender is None or turn.sender == sender]

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/webhooks/hub/webhook", self._webhook)
        app.router.add_get("/status", self._status)
        app.router.add_get("/health", self._health)
        return app

    def _authorised(self, request: web.Request) -> bool:
        supplied = request.headers.get("Authorization", "")
        return bool(self.channel_token) and hmac.compare_digest(supplied, f"Bearer {self.channel_token}")

    async def _webhook(self, request: web.Request) -> web.Response:
        # The same answers as bot/rasa_plugins/hub_channel.py for a wrong token or a malformed body.
        if not self._authorised(request):
            return web.json_response({"error": "unauthorised"}, status=401)
        body = await request.json()
        sender, said, metadata = body.get("sender"), body.get("text"), body.get("metadata") or {}
        if not isinstance(sender, str) or not isinstance(said, str) or not sender:
            return web.json_response({"error": "sender and text are required"}, status=400)
        failing = self.failures.failure()
        if failing is not None:
            return web.json_response({"error": "the stand-in was told to fail"}, status=failing)
        message_id = body.get("message_id")
        self.received.append(Received(
            sender, said, dict(metadata), message_id if isinstance(message_id, str) else None,
            body.get("sent_before") is True))
        replies = self._scripts.get(said, self.otherwise)
        if self._delays.get(said):
            await asyncio.sleep(self._delays[said])
        return web.json_response({"messages": [{"recipient_id": sender, **reply} for reply in replies]})

    async def _status(self, request: web.Request) -> web.Response:
        if request.query.get("token") != self.api_token:
            return web.json_response({"error": "unauthorised"}, status=401)
        return web.json_response({"model_id": "stand-in", "num_active_training_jobs": 0})

    async def _health(self, _request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

