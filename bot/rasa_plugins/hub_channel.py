"""The Rasa input channel only the hub may use: a bearer token guards it, and replies come back in
the response, with the channel the person is on as the output channel's name (for channel variants).

Each turn comes with the hub's `message_id`. A turn the hub sends again after an outage (bot/replay.py,
`sent_before`) carries the same id as its first try. When the conversation's tracker already holds a user
message with that id (Rasa took it, and its answer never reached the hub or was not stored: a process
died, a request timed out), the answer it gave then is sent again from the tracker: the turn is not
taken twice (no second report, no second question).

With several Rasa servers (RASA_SERVERS), each turn's stored metadata names the server that took it
(`served_by`: credentials.yml's `server`, SPEAKUP_RASA_SERVER): whoever reads a tracker can tell a conversation stayed on one."""
from __future__ import annotations

import hmac
from typing import Any, Awaitable, Callable, Dict, Iterable, List, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.shared.core.events import BotUttered, Event, UserUttered
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.assistant_contract import CHANNEL_KEY, CHANNELS, WEB
from bot.rasa_plugins.button_payloads import payload_parse_data
from bot.rasa_plugins.whole_turns import ActionServerWentAway

KNOWN_CHANNELS = CHANNELS
# The metadata key, in each user message stored in the tracker, naming the Rasa server that took the turn.
SERVED_BY_KEY = "served_by"


class HubOutputChannel(CollectingOutputChannel):
    def __init__(self, channel: str) -> None:
        super().__init__()
        self._channel = channel

    def name(self) -> Text:
        return self._channel


def answered_before(events: Iterable[Event], message_id: str) -> Optional[List[Dict[Text, Any]]]:
    """What the assistant said after the user message `message_id` (up to the next one), as it sent it
    then; None when no user message in `events` has that id."""
    answer: Optional[List[Dict[Text, Any]]] = None
    for event in events:
        if isinstance(event, UserUttered):
            if answer is not None:
                break
            if event.message_id == message_id:
                answer = []
        elif answer is not None and isinstance(event, BotUttered):
            answer.append(event.message())
    return answer


class HubInput(InputChannel):
    @classmethod
    def name(cls) -> Text:
        return "hub"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "HubInput":
        token = (credentials or {}).get("token")
        if not token:
            raise ValueError("the hub channel needs a token (SPEAKUP_HUB_CHANNEL_TOKEN)")
        return cls(token, str((credentials or {}).get("server") or ""))

    def __init__(self, token: str, server: str = "") -> None:
        self._token = token
        self._server = server

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
            message_id = body.get("message_id")
            # Only a turn sent again is looked for in the tracker: a first try costs no extra read.
            if isinstance(message_id, str) and message_id and body.get("sent_before") is True:
                answer = await self._answered_before(request, sender, message_id)
                if answer is not None:
                    for message in answer:
                        await collector.send_response(sender, message)
                    return response.json({"messages": collector.messages})
            try:
                await on_new_message(UserMessage(
                    text, collector, sender, input_channel=self.name(),
                    metadata={**metadata, SERVED_BY_KEY: self._server} if self._server else metadata,
                    message_id=message_id if isinstance(message_id, str) and message_id else None,
                    parse_data=payload_parse_data(text, request.app.ctx.agent.domain),
                ))
            except ActionServerWentAway as error:
                # Not taken (bot/rasa_plugins/whole_turns.py): the hub keeps the turn and sends it again.
                return response.json({"error": str(error)}, status=503)
            return response.json({"messages": collector.messages})

        return hub_webhook

    @staticmethod
    async def _answered_before(request: Request, sender: str, message_id: str) -> Optional[List[Dict[Text, Any]]]:
        """The answer already given to `message_id` in `sender`'s conversation, read from the tracker store
        under the conversation's lock (so a turn being taken right now is read once it is done)."""
        agent = request.app.ctx.agent
        async with agent.lock_store.lock(sender):
            tracker = await agent.tracker_store.retrieve(sender)
        return answered_before(tracker.events, message_id) if tracker is not None else None
