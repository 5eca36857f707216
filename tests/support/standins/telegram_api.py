"""A local stand-in for Telegram's Bot API: sendMessage and answerCallbackQuery, in Telegram's format.

POST /bot<token>/<method> with a JSON body; answers {"ok": true, "result": ...} or
{"ok": false, "error_code": ..., "description": ...}."""
from __future__ import annotations

import itertools
import threading
import time
from dataclasses import dataclass
from typing import Any, Optional

from aiohttp import web

from tests.support.standins.server import BackgroundServer, FailureSwitch, Recorder

MAX_TEXT = 4096


@dataclass(frozen=True)
class SentTelegram:
    chat_id: int
    text: str
    reply_markup: Optional[dict[str, Any]]

    @property
    def buttons(self) -> list[dict[str, str]]:
        rows = (self.reply_markup or {}).get("inline_keyboard") or []
        return [button for row in rows for button in row]


def _error(status: int, description: str) -> web.Response:
    return web.json_response({"ok": False, "error_code": status, "description": description}, status=status)


class TelegramStandIn:
    def __init__(self, bot_token: str) -> None:
        self.bot_token = bot_token
        self.sent = Recorder()
        self.answered_callbacks = Recorder()
        self.failures = FailureSwitch()
        self.blocked_chats: set[int] = set()
        self._ids = itertools.count(1000)
        self._lock = threading.Lock()
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self.call)
        self.server = BackgroundServer(app)

    @property
    def url(self) -> str:
        return self.server.url

    def start(self) -> "TelegramStandIn":
        self.server.start()
        return self

    def stop(self) -> None:
        self.server.stop()

    def messages_to(self, chat_id: int) -> list[SentTelegram]:
        return [message for message in self.sent.all() if message.chat_id == chat_id]

    def wait_for_messages(self, chat_id: int, count: int, timeout: float = 30.0) -> list[SentTelegram]:
        self.sent.wait_for(lambda sent: sum(1 for m in sent if m.chat_id == chat_id) >= count, timeout)
        return self.messages_to(chat_id)

    async def call(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.bot_token:
            return _error(401, "Unauthorized")
        try:
            payload = await request.json()
        except ValueError:
            return _error(400, "Bad Request: can't parse JSON")
        method = request.match_info["method"]
        if method == "answerCallbackQuery":
            self.answered_callbacks.add(payload.get("callback_query_id"))
            return web.json_response({"ok": True, "result": True})
        if method != "sendMessage":
            return _error(404, "Not Found")
        failure = self.failures.failure()
        if failure is not None:
            return _error(failure, "Internal Server Error (stand-in failing on purpose)")
        chat_id, text = payload.get("chat_id"), payload.get("text")
        if not isinstance(chat_id, int) or not isinstance(text, str) or not text:
            return _error(400, "Bad Request: message text is empty")
        if len(text) > MAX_TEXT:
            return _error(400, "Bad Request: message is too long")
        if chat_id in self.blocked_chats:
            return _error(403, "Forbidden: bot was blocked by the user")
        with self._lock:
            message_id = next(self._ids)
        self.sent.add(SentTelegram(chat_id, text, payload.get("reply_markup")))
        return web.json_response(
            {
                "ok": True,
                "result": {
                    "message_id": message_id,
                    "from": {"id": 1, "is_bot": True, "first_name": "SpeakUp"},
                    "chat": {"id": chat_id, "type": "private"},
                    "date": int(time.time()),
                    "text": text,
                },
            }
        )
