"""The Rasa input channel only the hub may use: a bearer token guards it, and replies come back in
the response, with the channel the person is on as the output channel's name (for channel variants)."""
from __future__ import annotations

import hmac
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.assistant_contract import CHANNEL_KEY, CHANNELS, WEB

KNOWN_CHANNELS = CHANNELS


class HubOutputChannel(CollectingOutputChannel):
    def __init__(self, channel: str) -> None:
        super().__init__()
        self._channel = channel

    def name(self) -> Text:
        return self._channel


class HubInput(InputChannel):
    @classmethod
    def name(cls) -> Text:
        return "hub"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "HubInput":
        token = (credentials or {}).get("token")
        if not token:
            raise ValueError("the hub channel needs a token (SPEAKUP_HUB_CHANNEL_TOKEN)")
        return cls(token)

    def __init__(self, token: str) -> None:
        self._token = token

    def _authorised(self, request: Request) -> bool:
        supplied = request.headers.get("Authorization", "")
        return hmac.compare_digest(supplied.encode(), f"Bearer {self._token}".encode())

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        hub_webhook = Blueprint("hub_webhook", __name__)

        @hub_webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not self._authorised(request):
                return response.json({"error": "unauthorised"}, status=401)
            body = request.json or {}
            sender, text = body.get("sender"), body.get("text")
            metadata = body.get("metadata") or {}
            if not isinstance(sender, str) or not isinstance(text, str) or not sender:
                return response.json({"error": "sender and text are required"}, status=400)
            channel = str(metadata[CHANNEL_KEY]) if metadata.get(CHANNEL_KEY) in KNOWN_CHANNELS else WEB
            collector = HubOutputChannel(channel)
            await on_new_message(
                UserMessage(text, collector, sender, input_channel=self.name(), metadata=metadata)
            )
            return response.json({"messages": collector.messages})

        return hub_webhook
