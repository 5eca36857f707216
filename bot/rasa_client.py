"""The hub's side of its private channel to the Rasa server, and health checks of the internal processes."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Optional

import aiohttp

from bot.assistant_contract import CONTROL_KEY, ControlMessage, parse

log = logging.getLogger(__name__)


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


@dataclass
class RasaClient:
    session: aiohttp.ClientSession
    rasa_url: str
    channel_token: str
    api_token: str
    action_health_url: str
    timeout: aiohttp.ClientTimeout = field(default_factory=lambda: aiohttp.ClientTimeout(total=30))

    async def send(
        self, conversation_id: str, text: str, metadata: dict[str, Any], message_id: Optional[str] = None,
        sent_before: bool = False,
    ) -> list[BotMessage]:
        """The assistant's answer. `message_id`: the id the assistant records the turn by; a turn sent again
        (`sent_before`, bot/replay.py) carries the same id, and the assistant answers one it has already
        taken from its tracker instead of taking it twice."""
        # Rasa answers 200 even when the action server is down: it drops the custom action's events and
        # carries on, so a form would skip its question or a report go unsaved. Asked first (a loopback
        # request, a millisecond or two), the person is told the assistant is unavailable instead.
        if not await self.action_server_ready():
            raise AssistantUnavailable("the action server is not answering")
        body: dict[str, Any] = {"sender": conversation_id, "text": text, "metadata": metadata}
        if message_id is not None:
            body["message_id"] = message_id
            body["sent_before"] = sent_before
        try:
            async with self.session.post(
                f"{self.rasa_url}/webhooks/hub/webhook",
                json=body,
                headers={"Authorization": f"Bearer {self.channel_token}"},
                timeout=self.timeout,
            ) as response:
                if response.status != 200:
                    raise AssistantUnavailable(f"Rasa answered {response.status}")
                answer = await response.json()
        except (aiohttp.ClientError, TimeoutError) as error:
            raise AssistantUnavailable(str(error) or type(error).__name__) from error
        messages = (BotMessage.from_rasa(raw) for raw in answer.get("messages", []))
        return [message for message in messages if message is not None]

    async def rasa_ready(self) -> bool:
        """True once the server answers and has a model loaded."""
        try:
            async with self.session.get(
                f"{self.rasa_url}/status",
                params={"token": self.api_token},
                timeout=aiohttp.ClientTimeout(total=3),
            ) as response:
                return response.status == 200 and bool((await response.json()).get("model_id"))
        except (aiohttp.ClientError, TimeoutError, ValueError):
            return False

    async def action_server_ready(self) -> bool:
        try:
            async with self.session.get(self.action_health_url, timeout=aiohttp.ClientTimeout(total=3)) as response:
                return response.status == 200
        except (aiohttp.ClientError, TimeoutError):
            return False
