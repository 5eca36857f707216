"""People who text, as the providers deliver them to the hub: signed Twilio webhooks and Telegram
updates, with what the stand-ins delivered back to them."""
from __future__ import annotations

import itertools
import re
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Sequence

import requests
import sqlalchemy as sa
from twilio.request_validator import RequestValidator

from bot.identity import conversation_id_for
from bot.launcher import Stack
from bot.storage.schema import messages, outbox
from bot.texts import TextCatalogue
from tests.bot.console.support import ConsoleUser
from tests.support.standins.telegram_api import SentTelegram, TelegramStandIn
from tests.support.standins.twilio_api import TwilioStandIn

TWILIO_WEBHOOK = "/webhooks/twilio"
TELEGRAM_WEBHOOK = "/webhooks/telegram"


def new_message_sid() -> str:
    return "SM" + secrets.token_hex(16)


def wait_until_sent(engine: sa.engine.Engine, conversation_id: Optional[str], timeout: float = 30.0) -> None:
    """Waits until nothing is pending in the outbox for the conversation (sent, or settled otherwise);
    for every conversation with `conversation_id=None`."""
    deadline = time.monotonic() + timeout
    pending = outbox.c.status == "pending"
    if conversation_id is not None:
        pending = sa.and_(pending, outbox.c.conversation_id == conversation_id)
    while time.monotonic() < deadline:
        with engine.connect() as connection:
            waiting = connection.execute(sa.select(sa.func.count()).select_from(outbox).where(pending)).scalar()
        if not waiting:
            return
        time.sleep(0.05)
    raise AssertionError("the outbox still holds messages for this conversation")


@dataclass
class Hub:
    """What a test needs to know about the running stack's hub, and what it can read of the assistant."""

    url: str
    public_base_url: str
    secret_key: str
    engine: sa.engine.Engine
    rasa_url: str
    rasa_api_token: str
    domain_path: Path
    http: requests.Session = field(default_factory=requests.Session)

    @classmethod
    def of(cls, stack: Stack, engine: sa.engine.Engine) -> "Hub":
        s = stack.settings
        return cls(stack.hub_url(), s.public_base_url, s.secret_key, engine, s.rasa_url, s.rasa_api_token, s.domain_path)

    def tracker(self, conversation_id: str) -> dict[str, Any]:
        """The conversation as the Rasa server has it (its tracker store), through Rasa's HTTP API."""
        response = self.http.get(
            f"{self.rasa_url}/conversations/{conversation_id}/tracker", params={"token": self.rasa_api_token}, timeout=30
        )
        response.raise_for_status()
        return dict(response.json())

    def assistant_heard(self, conversation_id: str) -> list[str]:
        """Everything the assistant was sent in the conversation, in order (payloads as payloads)."""
        events = self.tracker(conversation_id).get("events") or []
        return [str(event.get("text")) for event in events if event.get("event") == "user"]

    def says(self, response: str, **values: Any) -> str:
        """What the hub itself says: its domain response, rendered as the hub renders it."""
        return TextCatalogue.from_domain(self.domain_path).render(response, **values)

    def transcript(self, conversation_id: str) -> list[sa.engine.Row]:
        with self.engine.connect() as connection:
            return list(connection.execute(
                sa.select(messages.c.id, messages.c.sender, messages.c.text, messages.c.buttons, messages.c.pushed)
                .where(messages.c.conversation_id == conversation_id).order_by(messages.c.id)
            ).all())

    def said_by_person(self, conversation_id: str) -> list[str]:
        return [row.text for row in self.transcript(conversation_id) if row.sender == "person"]

    def outbox(self, conversation_id: str) -> list[sa.engine.Row]:
        with self.engine.connect() as connection:
            return list(connection.execute(
                sa.select(outbox).where(outbox.c.conversation_id == conversation_id).order_by(outbox.c.id)
            ).all())


@dataclass
class TwilioPhone:
    """A phone texting the service's number, through Twilio (SMS, or WhatsApp with `whatsapp=True`)."""

    hub: Hub
    twilio: TwilioStandIn
    number: str
    service_number: str
    whatsapp: bool = False
    http: requests.Session = field(default_factory=requests.Session)
    seen: int = 0

    @property
    def channel(self) -> str:
        return "whatsapp" if self.whatsapp else "sms"

    def _address(self, number: str) -> str:
        return f"whatsapp:{number}" if self.whatsapp else number

    @property
    def conversation_id(self) -> str:
        return conversation_id_for(self.hub.secret_key, self.channel, self.number)

    def form(self, body: Optional[str] = "", sid: Optional[str] = None, **extra: str) -> dict[str, str]:
        form = {
            "MessageSid": sid or new_message_sid(),
            "SmsMessageSid": sid or "",
            "AccountSid": self.twilio.account_sid,
            "From": self._address(self.number),
            "To": self._address(self.service_number),
            "NumMedia": "0",
            "NumSegments": "1",
            "ApiVersion": "2010-04-01",
        }
        form["SmsMessageSid"] = form["MessageSid"]
        if body is not None:
            form["Body"] = body
        form.update(extra)
        return form

    def sign(self, form: dict[str, str], path: str = TWILIO_WEBHOOK, token: Optional[str] = None) -> str:
        validator = RequestValidator(token or self.twilio.auth_token)
        return validator.compute_signature(self.hub.public_base_url + path, form)

    def post(self, form: dict[str, str], signature: Optional[str] = None, path: str = TWILIO_WEBHOOK) -> requests.Response:
        headers = {"X-Twilio-Signature": signature if signature is not None else self.sign(form, path)}
        return self.http.post(self.hub.url + path, data=form, headers=headers, timeout=60)

    def text(self, body: str, **extra: str) -> requests.Response:
        response = self.post(self.form(body, **extra))
        assert response.status_code == 200, (response.status_code, response.text)
        assert "<Response" in response.text  # TwiML, empty: replies go through the API
        return response

    def received(self) -> list[str]:
        return [m.body for m in self.twilio.messages_to(self._address(self.number))]

    def say(self, body: str, **extra: str) -> list[str]:
        """Texts `body` and returns what came back in answer (all of it, once the outbox is empty)."""
        self.text(body, **extra)
        return self.new_replies()

    def new_replies(self) -> list[str]:
        wait_until_sent(self.hub.engine, self.conversation_id)
        replies = self.received()[self.seen :]
        self.seen += len(replies)
        return replies


_update_ids = itertools.count(int(time.time()))


@dataclass
class TelegramUser:
    hub: Hub
    telegram: TelegramStandIn
    secret_token: str
    chat_id: int
    http: requests.Session = field(default_factory=requests.Session)
    seen: int = 0

    @property
    def conversation_id(self) -> str:
        return conversation_id_for(self.hub.secret_key, "telegram", str(self.chat_id))

    def update(self, **content: Any) -> dict[str, Any]:
        return {"update_id": next(_update_ids), **content}

    def message(self, text: Optional[str] = None, **extra: Any) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": next(_update_ids),
            "from": {"id": self.chat_id, "is_bot": False, "first_name": "Sam", "language_code": "en"},
            "chat": {"id": self.chat_id, "first_name": "Sam", "type": "private"},
            "date": int(time.time()),
            **extra,
        }
        if text is not None:
            message["text"] = text
        return self.update(message=message)

    def press(self, token: str) -> dict[str, Any]:
        return self.update(
            callback_query={
                "id": secrets.token_hex(8),
                "from": {"id": self.chat_id, "is_bot": False, "first_name": "Sam"},
                "message": {"message_id": 1, "chat": {"id": self.chat_id, "type": "private"}, "date": int(time.time())},
                "chat_instance": "1",
                "data": token,
            }
        )

    def post(self, update: Any, secret: Optional[str] = None) -> requests.Response:
        headers = {"X-Telegram-Bot-Api-Secret-Token": self.secret_token if secret is None else secret}
        return self.http.post(self.hub.url + TELEGRAM_WEBHOOK, json=update, headers=headers, timeout=60)

    def send(self, update: dict[str, Any]) -> list[SentTelegram]:
        response = self.post(update)
        assert response.status_code == 200, (response.status_code, response.text)
        wait_until_sent(self.hub.engine, self.conversation_id)
        replies = self.telegram.messages_to(self.chat_id)[self.seen :]
        self.seen += len(replies)
        return replies


_MENU_LINE = re.compile(r"^Reply (\d+) for (.+)$", re.MULTILINE)


def numbered_options(texts: Sequence[str]) -> dict[str, int]:
    """The options of the last numbered menu in the texts: {title: number}."""
    for text in reversed(texts):
        found = _MENU_LINE.findall(text)
        if found:
            return {title.strip(): int(number) for number, title in found}
    return {}


def without_menu(text: str) -> str:
    return _MENU_LINE.sub("", text).strip()


@dataclass
class CallHandler:
    """A call handler at the staff console, over HTTP as the console's own page script drives it."""

    hub: Hub
    console_url: str
    user: Optional[ConsoleUser] = None

    def sign_in(self, name: str) -> None:
        self.user = ConsoleUser(self.console_url)
        response = self.user.login(name)
        assert response.status_code == 200 and self.user.csrf, response.status_code

    def _post(self, path: str, **data: str) -> requests.Response:
        assert self.user is not None, "sign_in() first"
        return self.user.http.post(
            self.console_url + path, data=data, timeout=60,
            headers={"X-CSRF-Token": self.user.csrf or "", "Accept": "application/json"},
        )

    def claim(self, conversation_id: str) -> None:
        """Takes over a conversation waiting for a person (the person is told a call handler joined)."""
        response = self._post(f"/conversations/{conversation_id}/claim")
        assert response.status_code == 200 and response.json()["claimed"], (response.status_code, response.text)

    def send(self, conversation_id: str, text: str) -> None:
        response = self._post(f"/conversations/{conversation_id}/messages", text=text)
        assert response.status_code == 200, (response.status_code, response.text)

    def hand_back(self, conversation_id: str) -> None:
        assert self.user is not None
        response = self.user.post(f"/conversations/{conversation_id}/hand-back", allow_redirects=False)
        assert response.status_code == 303, response.status_code

    def sign_out(self) -> None:
        """Signs out, handing back what the handler holds; returns once what that sent has gone out (so
        that it cannot land in a later test's deliberate provider failures)."""
        if self.user is not None:
            self.user.post("/logout", {"confirm": "yes"}, allow_redirects=False)
            self.user = None
            wait_until_sent(self.hub.engine, None)
