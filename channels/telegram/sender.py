"""Sends Telegram messages through the Bot API (sendMessage, answerCallbackQuery) with aiohttp."""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any, Optional

import aiohttp

from bot.storage.outbox import QueuedMessage
from channels.telegram.config import TelegramConfig
from channels.texting.delivery import SendFailure

log = logging.getLogger(__name__)
SEND_TIMEOUT = aiohttp.ClientTimeout(total=20)


def _keyboard(choices: list[dict[str, str]]) -> dict[str, Any]:
    """One button a row: option titles are sentences, too long to sit side by side on a phone."""
    return {"inline_keyboard": [[{"text": c["title"], "callback_data": c["token"]}] for c in choices]}


def _failure(status: int, description: str) -> SendFailure:
    reason = f"telegram {status}"
    if status == 403:
        # The person blocked the bot (or left the chat): as good as STOP.
        return SendFailure(reason, temporary=False, opted_out=True)
    if status == 400:
        return SendFailure(reason, temporary=False)
    # 429 (flood control), 5xx, and 401/404 (a token being fixed) are worth retrying.
    return SendFailure(reason, temporary=True)


class TelegramTransport:
    def __init__(self, config: TelegramConfig) -> None:
        self.config = config
        self._http = aiohttp.ClientSession(timeout=SEND_TIMEOUT)

    async def _call(self, method: str, payload: dict[str, Any]) -> dict[str, Any]:
        try:
            async with self._http.post(self.config.method_url(method), json=payload) as response:
                try:
                    body = await response.json(content_type=None)
                except ValueError:
                    body = {}
                if response.status != 200 or not isinstance(body, dict) or not body.get("ok"):
                    raise _failure(response.status, str(body.get("description", "")) if isinstance(body, dict) else "")
                return body
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as error:
            # The error's text may contain the URL, and the URL contains the bot token: name the type only.
            raise SendFailure(f"telegram unreachable: {type(error).__name__}", temporary=True) from None

    async def send(self, address: str, message: QueuedMessage) -> Optional[str]:
        payload: dict[str, Any] = {"chat_id": int(address), "text": message.body}
        if message.choices:
            payload["reply_markup"] = _keyboard(message.choices)
        body = await self._call("sendMessage", payload)
        result = body.get("result")
        return str(result.get("message_id")) if isinstance(result, dict) and "message_id" in result else None

    async def taken_since(self, address: str, message: QueuedMessage, since: dt.datetime) -> list[str]:
        """Always none: the Bot API cannot list what a bot has sent, so a try cut short is made again (the
        person may read the message twice; never lose it)."""
        return []

    async def answer_button(self, callback_query_id: str) -> None:
        """Stops the button's spinner. Best effort: the choice itself is already being handled."""
        try:
            await self._call("answerCallbackQuery", {"callback_query_id": callback_query_id})
        except SendFailure as failure:
            log.info("could not acknowledge a Telegram button: %s", failure.reason)

    async def close(self) -> None:
        await self._http.close()
