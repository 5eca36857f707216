"""The hub in this test's own event loop (aiohttp's test client), against the assistant stand-in
(tests/support/assistant_standin.py) and a fresh SQLite database: the router, the state machine and the
web chat in a fraction of a second each, with no Rasa server and no thread."""
from __future__ import annotations

import asyncio
import threading
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, AsyncIterator, Awaitable, Iterator, Mapping, Optional, TypeVar

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot import conversations as store
from bot.app import create_app
from bot.app_keys import DATABASE, HANDOFF, NOTIFIER, ROUTER, SEALER, TEXTS
from bot.config import Settings
from bot.console.accounts import HANDLER, create_staff
from bot.console.app import create_console_app
from bot.console.sessions import new_session_token, start_session
from bot.conversation_status import Status
from bot.conversations import Conversation, StoredMessage
from bot.handoff import HandoffDesk
from bot.identity import token_hash
from bot.notifier import Notifier
from bot.router import Router
from bot.services import hub_services
from bot.storage.database import Database
from tests.support.assistant_standin import AssistantStandIn
from tests.support.stack import environment_for_tests

T = TypeVar("T")


@dataclass(frozen=True)
class WebChat:
    """One person's web chat: the session id they hold, and the conversation id only the hub knows."""

    session_id: str
    conversation_id: str
    opening: list[dict[str, Any]]


@dataclass
class InProcessHub:
    client: TestClient
    standin: AssistantStandIn
    settings: Settings
    app: web.Application
    # The staff console on the same services, when asked for (start_inprocess_hub(console=True)).
    console: Optional[TestClient] = None

    @property
    def db(self) -> Database:
        return self.app[DATABASE]

    @property
    def router(self) -> Router:
        return self.app[ROUTER]

    @property
    def handoff(self) -> HandoffDesk:
        return self.app[HANDOFF]

    @property
    def notifier(self) -> Notifier:
        return self.app[NOTIFIER]

    def unseal(self, ciphertext: str) -> str:
        """What the hub sealed (contact details, identities typed), opened with its key."""
        return self.app[SEALER].open(ciphertext)

    def text(self, response: str, language: str = "en", **values: Any) -> str:
        """A response's text as the hub renders it (domain.yml and the language catalogues)."""
        return self.app[TEXTS].render(response, language, **values)

    @staticmethod
    def password_of(name: str) -> str:
        return f"{name}'s long test password"

    async def on_duty(self, name: str, languages: tuple[str, ...] = ()) -> int:
        """A call handler signed in to the console (so on duty), speaking `languages` besides English."""
        def sign_in(connection: Any) -> int:
            handler = create_staff(connection, name, HANDLER, self.password_of(name), languages)
            start_session(connection, handler.id, new_session_token(), timedelta(hours=8))
            return handler.id

        return await self.db.run(sign_in)

    async def open_chat(self) -> WebChat:
        """What the web chat does when someone opens it."""
        response = await self.client.post("/api/chat/sessions")
        assert response.status == 201, await response.text()
        body = await response.json()
        session = await self.db.run(lambda c: store.find_chat_session(c, token_hash(body["session_id"])))
        assert session is not None
        return WebChat(body["session_id"], session.conversation_id, body["messages"])

    async def say(self, chat: WebChat, text: str) -> list[dict[str, Any]]:
        """The person types `text`; the messages the web chat shows in answer."""
        response = await self.client.post(f"/api/chat/sessions/{chat.session_id}/messages", json={"text": text})
        assert response.status == 200, await response.text()
        return list((await response.json())["messages"])

    async def choose(self, chat: WebChat, payload: str) -> list[dict[str, Any]]:
        """The person presses the button offering `payload`."""
        response = await self.client.post(f"/api/chat/sessions/{chat.session_id}/messages", json={"payload": payload})
        assert response.status == 200, await response.text()
        return list((await response.json())["messages"])

    async def transcript(self, chat: WebChat) -> list[StoredMessage]:
        return await self.db.run(lambda c: store.transcript(c, chat.conversation_id))

    async def conversation(self, chat: WebChat) -> Conversation:
        found = await self.db.run(lambda c: store.get_conversation(c, chat.conversation_id))
        assert found is not None
        return found

    async def status(self, chat: WebChat) -> Status:
        return (await self.conversation(chat)).status


@asynccontextmanager
async def start_inprocess_hub(
    var_dir: Path, extra_env: Optional[Mapping[str, str]] = None, console: bool = False
) -> AsyncIterator[InProcessHub]:
    """Starts the stand-in, then the hub's services and app pointed at it (Rasa's and the action server's
    port alike), and with `console` the staff console's app on the same services, as bot/hub.py composes them."""
    standin = AssistantStandIn()
    assistant = TestServer(standin.app())
    await assistant.start_server()
    port = str(assistant.port)
    settings = Settings.from_env(environment_for_tests(var_dir, {"RASA_PORT": port, "ACTION_SERVER_PORT": port, **(extra_env or {})}))
    standin.channel_token, standin.api_token = settings.rasa_channel_token, settings.rasa_api_token
    try:
        async with hub_services(settings) as services:
            app = create_app(services)
            client = TestClient(TestServer(app))
            await client.start_server()
            staff = TestClient(TestServer(create_console_app(services))) if console else None
            if staff is not None:
                await staff.start_server()
            try:
                yield InProcessHub(client, standin, settings, app, staff)
            finally:
                if staff is not None:
                    await staff.close()
                await client.close()
    finally:
        await assistant.close()

@dataclass(frozen=True)
class HubInThread:
    """An in-process hub serving from a thread of its own (`inprocess_hub_in_thread`)."""

    hub: InProcessHub
    loop: asyncio.AbstractEventLoop

    def call(self, coroutine: Awaitable[T]) -> T:
        """Runs a coroutine on the hub's loop (the router, the notifier...) and returns its result."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=60)


@contextmanager
def inprocess_hub_in_thread(var_dir: Path, extra_env: Optional[Mapping[str, str]] = None) -> Iterator[HubInThread]:
    """`start_inprocess_hub` on an event loop of its own, in a thread: for a test whose own thread is busy
    (Playwright's sync API runs its own loop). Script the stand-in before the requests that reach it."""
    loop = asyncio.new_event_loop()
    started = threading.Event()
    running: dict[str, Any] = {}

    async def serve() -> None:
        async with start_inprocess_hub(var_dir, extra_env) as hub:
            running.update(hub=hub, stop=asyncio.Event())
            started.set()
            await running["stop"].wait()

    thread = threading.Thread(target=loop.run_until_complete, args=(serve(),), name="in-process hub", daemon=True)
    thread.start()
    assert started.wait(60), "the in-process hub did not start"
    try:
        yield HubInThread(running["hub"], loop)
    finally:
        loop.call_soon_threadsafe(running["stop"].set)
        thread.join(30)
        assert not thread.is_alive(), "the in-process hub did not stop within 30 s (a request still held it)"
        loop.close()


def message_texts(messages: list[dict[str, Any]], sender: Optional[str] = None) -> list[str]:
    """The texts of messages as the chat API gives them (by `sender` when given)."""
    return [m["text"] for m in messages if sender is None or m["sender"] == sender]
