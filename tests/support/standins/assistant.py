"""A scripted stand-in for the Rasa server's hub channel (POST /webhooks/hub/webhook), and a stand-in
action server health check: lets the texting channels be tested in seconds, without a trained model,
with replies whose shape (buttons, long texts) the test chooses. It records everything it is sent, so a
test can show that no phone number ever reaches the assistant."""
from __future__ import annotations

from typing import Any

from aiohttp import web

from tests.support.standins.server import BackgroundServer, Recorder

OPENING = "Hello, I'm SpeakUp's assistant. Who is making this report?"
ROLE_BUTTONS = [
    {"title": "It happened to me", "payload": '/choose{"reporter_role": "victim"}'},
    {"title": "I saw it happen", "payload": '/choose{"reporter_role": "witness"}'},
    {"title": "Talk to a person", "payload": "/request_human"},
]
# Long enough to need several SMS (about 700 GSM-7 characters, in sentences).
LONG_ANSWER = " ".join(
    f"This is sentence number {n} of a long answer, which explains what happens to your report next." for n in range(1, 9)
)


def _answer(text: str) -> list[dict[str, Any]]:
    if text in ("/start_conversation", "start again"):
        return [{"text": OPENING, "buttons": ROLE_BUTTONS}]
    if text.startswith("/choose"):
        return [{"text": "Thank you. " + LONG_ANSWER}, {"text": "What happened?"}]
    if text == "/attachment_received":
        return [{"text": "I can't accept photos or files yet. Please describe it in words."}]
    if text in ("/request_human", "I want to talk to a person"):
        return [{"text": "I'll find a person for you."}]
    return [{"text": f"You said: {text}"}]


class ScriptedAssistant:
    def __init__(self) -> None:
        self.received = Recorder()
        rasa = web.Application()
        rasa.router.add_post("/webhooks/hub/webhook", self.webhook)
        rasa.router.add_get("/status", self.status)
        self.rasa = BackgroundServer(rasa)
        actions = web.Application()
        actions.router.add_get("/health", self.health)
        self.actions = BackgroundServer(actions)

    def start(self) -> "ScriptedAssistant":
        self.rasa.start()
        self.actions.start()
        return self

    def stop(self) -> None:
        self.rasa.stop()
        self.actions.stop()

    async def webhook(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.received.add(body)
        return web.json_response({"messages": _answer(str(body.get("text", "")))})

    async def status(self, _request: web.Request) -> web.Response:
        return web.json_response({"model_id": "scripted"})

    async def health(self, _request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})
