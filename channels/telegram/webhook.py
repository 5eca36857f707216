"""Telegram's webhook on the hub: `POST /webhooks/telegram`.

Telegram proves each update with the secret token given to setWebhook (X-Telegram-Bot-Api-Secret-Token).
Private chats only: a group would show the conversation to others. Choices are inline keyboards; a
pressed button arrives as a callback_query, which is acknowledged and becomes the button's payload."""
from __future__ import annotations

import asyncio
import hmac
from dataclasses import dataclass, field
from typing import Any, Optional

from aiohttp import web

from bot.app_keys import SETTINGS
from bot.assistant_contract import TELEGRAM as TELEGRAM_CHANNEL
from bot.http_errors import read_json_object
from channels.telegram.config import TelegramConfig
from channels.telegram.config import load as load_telegram_config
from channels.telegram.sender import TelegramTransport
from channels.texting.flow import IncomingText, TextingChannel
from channels.texting.http import refuse
from channels.texting.keywords import CHAT_APP_KEYWORDS
from channels.texting.rendering import KeyboardButtons
from channels.texting.segments import fits_characters
from channels.texting.service import TEXTING, enable_channels

CHANNEL = TELEGRAM_CHANNEL
# The Bot API's limit for one message's text.
MAX_CHARACTERS = 4096
# What a message can carry besides words; none of it is accepted (or kept) yet.
ATTACHMENTS = frozenset(
    {"photo", "document", "audio", "voice", "video", "video_note", "sticker", "animation", "contact",
     "location", "venue", "poll", "dice", "story"}
)


@dataclass
class TelegramChannel:
    config: Optional[TelegramConfig]
    problem: str
    transport: Optional[TelegramTransport] = field(default=None)


TELEGRAM = web.AppKey("telegram", TelegramChannel)


def _invalid(what: str) -> web.HTTPException:
    return refuse(web.HTTPBadRequest, "invalid_update", f"This is not a Telegram update: {what}.")


def _int(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _invalid(what)
    return value


def _command_text(text: str) -> str:
    """"/start@SpeakUpBot" as "/start": commands may name the bot they are for."""
    if text.startswith("/"):
        first, _, rest = text.partition(" ")
        return (first.split("@", 1)[0] + (" " + rest if rest else "")).strip()
    return text


def _private_chat_id(message: Any) -> Optional[int]:
    if not isinstance(message, dict) or not isinstance(message.get("chat"), dict):
        raise _invalid("a message needs a chat")
    chat = message["chat"]
    if chat.get("type") != "private":
        return None
    return _int(chat.get("id"), "chat.id must be a number")


def blocked_by(update: dict[str, Any]) -> Optional[str]:
    """The private chat whose person has just blocked the bot (a my_chat_member update), if any."""
    change = update.get("my_chat_member")
    if not isinstance(change, dict) or not isinstance(change.get("new_chat_member"), dict):
        return None
    if change["new_chat_member"].get("status") != "kicked":
        return None
    chat = change.get("chat")
    if not isinstance(chat, dict) or chat.get("type") != "private" or not isinstance(chat.get("id"), int):
        return None
    return str(chat["id"])


def incoming_from_update(update: dict[str, Any]) -> tuple[Optional[IncomingText], Optional[str]]:
    """(the message to handle, the callback query to acknowledge); (None, None) for updates we ignore
    (edits, group chats, membership changes, ...)."""
    update_id = _int(update.get("update_id"), "update_id must be a number")
    external_id = f"telegram:{update_id}"
    if "message" in update:
        message = update["message"]
        chat_id = _private_chat_id(message)
        if chat_id is None:
            return None, None
        text = message.get("text") if isinstance(message.get("text"), str) else message.get("caption")
        return (
            IncomingText(
                channel=CHANNEL,
                address=str(chat_id),
                external_id=external_id,
                text=_command_text(text) if isinstance(text, str) else "",
                has_attachment=any(kind in message for kind in ATTACHMENTS),
            ),
            None,
        )
    if "callback_query" in update:
        query = update["callback_query"]
        if not isinstance(query, dict) or not isinstance(query.get("id"), str):
            raise _invalid("a callback_query needs an id")
        chat_id = _private_chat_id(query.get("message"))
        data = query.get("data")
        if chat_id is None or not isinstance(data, str):
            return None, query["id"]
        return IncomingText(channel=CHANNEL, address=str(chat_id), external_id=external_id, choice_token=data), query["id"]
    return None, None


def _config(request: web.Request) -> TelegramConfig:
    state = request.app[TELEGRAM]
    if state.config is None:
        raise refuse(web.HTTPServiceUnavailable, "channel_not_configured", state.problem)
    return state.config


async def receive_update(request: web.Request) -> web.Response:
    config = _config(request)
    # surrogateescape: a header of arbitrary bytes must be refused (403), not crash the comparison.
    given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "").encode("utf-8", "surrogateescape")
    if not hmac.compare_digest(given, config.secret_token.encode("utf-8")):
        raise refuse(web.HTTPForbidden, "secret_token_invalid", "This request is not from Telegram.")
    update = await read_json_object(request)
    blocked_chat = blocked_by(update)
    if blocked_chat is not None:
        await request.app[TEXTING].flow.blocked(CHANNEL, blocked_chat)
        return web.json_response({"ok": True})
    incoming, callback_query_id = incoming_from_update(update)
    transport = request.app[TELEGRAM].transport
    acknowledged = None
    if callback_query_id is not None and transport is not None:
        acknowledged = asyncio.ensure_future(transport.answer_button(callback_query_id))
    try:
        if incoming is not None:
            await request.app[TEXTING].receive(incoming)
    finally:
        if acknowledged is not None:
            await acknowledged
    return web.json_response({"ok": True})


def setup(app: web.Application) -> None:
    config, problem = load_telegram_config(app[SETTINGS])
    state = TelegramChannel(config, problem)
    app[TELEGRAM] = state
    app.router.add_post("/webhooks/telegram", receive_update)
    if config is None:
        return

    def make_transport() -> TelegramTransport:
        state.transport = TelegramTransport(config)
        return state.transport

    channel = TextingChannel(CHANNEL, CHAT_APP_KEYWORDS, KeyboardButtons(fits_characters(MAX_CHARACTERS)))
    enable_channels(app, [channel], make_transport)
