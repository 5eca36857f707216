"""People who text, as the providers deliver them to the hub: signed Twilio webhooks and Telegram
updates, with what the stand-ins delivered back to them."""
from __future__ import annotations

import itertools
import re
import secrets
import time
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

import requests
import sqlalchemy as sa
from twilio.request_validator import RequestValidator

from bot.app_keys import ROUTER
from bot.conversations import HANDLER
from bot.identity import conversation_id_for
from bot.storage.schema import outbox
from tests.support.standins.server import BackgroundServer
from tests.support.standins.telegram_api import SentTelegram, TelegramStandIn
from tests.support.standins.twilio_api import TwilioStandIn

TWILIO_WEBHOOK = "/webhooks/twilio"
TELEGRAM_WEBHOOK = "/webhooks/telegram"


def new_message_sid() -> str:
    return "SM" + secrets.token_hex(16)


def wait_until_sent(engine: sa.engine.Engine, conversation_id: str, timeout: float = 30.0) -> None:
    """Waits until nothing is pending in the outbox for the conversation (sent, or settled otherwise)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with engine.connect() as connection:
            waiting = connection.execute(
                sa.select(sa.func.count()).select_from(outbox).where(
                    outbox.c.conversation_id == conversation_id, outbox.c.status == "pending"
                )
            ).scalar()
        if not waiting:
            return
        time.sleep(0.05)
    raise AssertionError("the outbox still holds messages for this conversation")


@dataclass
class Hub:
    """What a test needs to know about a running hub."""

    url: str
    public_base_url: str
    secret_key: str
    engine: sa.engine.Engine
    # The hub's app when it runs in this process (the scripted hub): lets a test push as a handler would.
    server: Optional[BackgroundServer] = None

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
        self.engine.dispose()

    def push(self, conversation_id: str, text: str, buttons: Sequence[dict[str, str]] = ()) -> None:
        """A call handler's message, through the router, as the staff console sends it."""
        assert self.server is not None, "only the in-process hub can be pushed to directly"
        router = self.server.app[ROUTER]
        self.server.call(router.push(conversation_id, HANDLER, text, buttons))


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
