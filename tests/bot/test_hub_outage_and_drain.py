"""The hub on its own, while the assistant is down and while it is being stopped; no Rasa is loaded.

Down: /healthz answers 503 naming what is down, the web chat page still loads, and a person starting a
chat is told the assistant is unavailable (with 999). Stopping: the real hub process (`python -m bot.hub`,
as the launcher starts it), SIGTERM while a person's message waits for a slow assistant: the person still
gets the answer, an open event stream ends at once (the browser reconnects to the next hub), and the hub
exits 0. A small stand-in plays Rasa and the action server. The whole stack: tests/test_supervision_stack.py."""
from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.app import create_app
from bot.config import PROJECT_ROOT, Settings
from bot.launcher import HUB, Stack
from bot.services import hub_services
from tests.support.assistant_standin import AssistantStandIn, text
from tests.support.stack import environment_for_tests

UNAVAILABLE = "the assistant isn't available right now"
SLOW_MESSAGE = "a message the assistant takes a while to answer"
SLOW_SECONDS = 3.0


def test_with_the_assistant_down_the_hub_says_so_and_people_are_told(tmp_path: Path) -> None:
    # Nothing listens on Rasa's or the action server's port.
    settings = Settings.from_env(environment_for_tests(tmp_path))

    async def main() -> tuple[int, Any, int, str, int, Any]:
        async with hub_services(settings) as services:
            runner = web.AppRunner(create_app(services))
            await runner.setup()
            await web.TCPSite(runner, "127.0.0.1", settings.hub_port).start()
            url = f"http://127.0.0.1:{settings.hub_port}"
            try:
                async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as http:
                    async with http.get(f"{url}/healthz") as health:
                        health_status, health_body = health.status, await health.json()
                    async with http.get(f"{url}/") as page:
                        page_status, page_text = page.status, await page.text()
                    async with http.post(f"{url}/api/chat/sessions") as chat:
                        return health_status, health_body, page_status, page_text, chat.status, await chat.json()
            finally:
                await runner.cleanup()

    health_status, health, page_status, page, chat_status, chat = asyncio.run(main())
    assert health_status == 503
    assert health["checks"] == {"database": True, "rasa": False, "action_server": False}
    assert health["down"] == ["rasa", "action_server"] and "rasa, action_server down" in health["message"]
    assert page_status == 200 and "<html" in page.lower()
    assert chat_status == 201
    said = " ".join(message["text"] for message in chat["messages"])
    assert UNAVAILABLE in said.lower() and "999" in said


async def stand_in_assistant(settings: Settings) -> web.AppRunner:
    """Rasa (with a model) and the action server, on the ports the hub is told; slow for SLOW_MESSAGE."""
    assistant = AssistantStandIn(channel_token=settings.rasa_channel_token, api_token=settings.rasa_api_token)
    assistant.otherwise = [text("Hello, how can I help?")]
    assistant.when(SLOW_MESSAGE, text("Thank you for waiting: what happened?"), after=SLOW_SECONDS)
    runner = web.AppRunner(assistant.app())
    await runner.setup()
    for port in (settings.rasa_port, settings.action_port):
        await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner


@pytest.mark.slow  # a real hub process and a deliberately slow turn
def test_sigterm_lets_the_message_in_flight_be_answered_ends_streams_and_exits_0(tmp_path: Path) -> None:
    settings = Settings.from_env(environment_for_tests(tmp_path))
    url = f"http://127.0.0.1:{settings.hub_port}"
    log = tmp_path / "hub.log"

    async def main() -> tuple[int, Any, bool, float, int]:
        assistant = await stand_in_assistant(settings)
        with open(log, "wb") as output:
            hub = subprocess.Popen(
                [sys.executable, "-m", "bot.hub"], cwd=PROJECT_ROOT, env=Stack(settings).environment(HUB),
                stdout=output, stderr=subprocess.STDOUT,
            )
        try:
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as http:
                await until_healthy(http, url, hub)
                async with http.post(f"{url}/api/chat/sessions") as opened:
                    session = (await opened.json())["session_id"]
                stream = await http.get(f"{url}/api/chat/sessions/{session}/events")
                await stream.content.readline()
                answer = asyncio.ensure_future(http.post(f"{url}/api/chat/sessions/{session}/messages",
                                                         json={"text": SLOW_MESSAGE}))
                await asyncio.sleep(SLOW_SECONDS / 3)  # the message is with the assistant now
                hub.send_signal(signal.SIGTERM)
                asked = time.monotonic()
                # The stream ends long before its 15 s heartbeat, and before the message is answered.
                stream_ended = await asyncio.wait_for(read_to_the_end(stream.content), 10)
                stream_seconds = time.monotonic() - asked
                response = await answer
                answer_status, answer_body = response.status, await response.json()
            exit_code = await asyncio.to_thread(hub.wait, 30)
            return answer_status, answer_body, stream_ended, stream_seconds, exit_code
        finally:
            if hub.poll() is None:
                hub.kill()
            await assistant.cleanup()

    answer_status, answer, stream_ended, stream_seconds, exit_code = asyncio.run(main())
    assert answer_status == 200, log.read_text()
    assert [message["text"] for message in answer["messages"]] == ["Thank you for waiting: what happened?"]
    assert stream_ended and stream_seconds < SLOW_SECONDS
    assert exit_code == 0, log.read_text()
    assert "finishing the requests in flight" in log.read_text()


async def until_healthy(http: aiohttp.ClientSession, url: str, hub: "subprocess.Popen[bytes]") -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert hub.poll() is None, "the hub stopped during start-up"
        try:
            async with http.get(f"{url}/healthz") as health:
                if health.status == 200:
                    return
        except aiohttp.ClientConnectionError:
            pass
        await asyncio.sleep(0.3)
    raise TimeoutError("the hub did not start")


async def read_to_the_end(content: aiohttp.StreamReader) -> bool:
    while await content.readline():
        pass
    return content.at_eof()


