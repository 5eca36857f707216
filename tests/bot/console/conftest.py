"""Fixtures for the staff console's tests.

`console_only` runs the hub and the console in this process's own thread, without Rasa: enough for
sign-in, sessions, CSRF, roles, the audit log and the claim race, in seconds and without a trained
model. The end-to-end tests use the whole stack (`stack`, tests/conftest.py)."""
from __future__ import annotations

import asyncio
import contextlib
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Awaitable, Callable, Iterator, Optional, TypeVar

import pytest
import sqlalchemy as sa
from aiohttp import web

from bot.app import create_app
from bot.config import Settings
from bot.console.app import create_console_app
from bot.console.keys import LOGIN_LIMITER
from bot.http_errors import PrivateAccessLogger
from bot.launcher import Stack
from bot.login_attempts import LocalLoginLimiter
from bot.services import HubServices, hub_services
from bot.storage.database import utcnow
from tests.support.stack import environment_for_tests

T = TypeVar("T")


@dataclass
class ConsoleOnly:
    settings: Settings
    # What the hub and the console share (the handoff desk, the notifier...), as bot/hub.py builds them.
    services: HubServices
    console: web.Application
    loop: asyncio.AbstractEventLoop

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.settings.console_port}"

    @property
    def hub_url(self) -> str:
        return f"http://127.0.0.1:{self.settings.hub_port}"

    def call(self, coroutine: Awaitable[T]) -> T:
        """Runs a coroutine on the server's loop (e.g. the handoff desk) and returns its result."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=60)


def _serve(
    settings: Settings, started: threading.Event, holder: dict[str, Any], stop_box: dict[str, asyncio.Event]
) -> None:
    async def main() -> None:
        async with hub_services(settings) as services:
            console = create_console_app(services)
            runners = [web.AppRunner(app, access_log_class=PrivateAccessLogger) for app in (create_app(services), console)]
            stop = asyncio.Event()
            stop_box["stop"] = stop
            for runner in runners:
                await runner.setup()
            await web.TCPSite(runners[0], "127.0.0.1", settings.hub_port).start()
            await web.TCPSite(runners[1], "127.0.0.1", settings.console_port).start()
            holder.update(services=services, console=console, loop=asyncio.get_running_loop())
            started.set()
            await stop.wait()
            for runner in reversed(runners):
                await runner.cleanup()

    asyncio.run(main())


@contextlib.contextmanager
def running_console_only(var_dir: Path, **extra: str) -> Iterator[ConsoleOnly]:
    """The hub and the console without Rasa, in a thread, stopped when the block ends. Nothing listens on
    the Rasa and action server ports: the assistant is "unavailable", which these tests do not need."""
    env = environment_for_tests(var_dir, extra)
    settings = Settings.from_env(env)
    started = threading.Event()
    holder: dict[str, Any] = {}  # the apps and the loop, filled in by the server's thread
    stop_box: dict[str, asyncio.Event] = {}
    thread = threading.Thread(target=_serve, args=(settings, started, holder, stop_box), daemon=True)
    thread.start()
    assert started.wait(60), "the console did not start"
    running = ConsoleOnly(settings, holder["services"], holder["console"], holder["loop"])
    try:
        yield running
    finally:
        running.loop.call_soon_threadsafe(stop_box["stop"].set)
        thread.join(30)


@pytest.fixture(scope="session")
def console_only(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ConsoleOnly]:
    with running_console_only(tmp_path_factory.mktemp("console")) as running:
        yield running


@pytest.fixture
def forget_failed_sign_ins(console_only: ConsoleOnly) -> Iterator[None]:
    """Tests sign in from 127.0.0.1, and wrong passwords count as failed sign-ins: one test's guesses
    must not lock out the next. (One hub: the counts are in its memory.)"""
    yield
    limiter = console_only.console[LOGIN_LIMITER]
    assert isinstance(limiter, LocalLoginLimiter)
    limiter._failures.clear()


@pytest.fixture(scope="session")
def console_db(console_only: ConsoleOnly) -> Iterator[sa.engine.Engine]:
    engine = sa.create_engine(console_only.settings.database_url, future=True)
    yield engine
    engine.dispose()


def wait_for(condition: Callable[[], Optional[T]], timeout: float = 10.0, every: float = 0.05) -> T:
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    raise AssertionError("timed out waiting")


__all__ = ["ConsoleOnly", "wait_for"]


# Browser ---------------------------------------------------------------------------------------------
import os  # noqa: E402

from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402

# The same Chromium and window sizes as the web chat's browser tests.
from tests.channels.webchat.support import CHROMIUM, CHROMIUM_ARGS, NARROW, WIDE  # noqa: E402,F401


# Per module, not per session: Playwright's sync API runs its own event loop, which must be gone before
# any later asyncio test runs.
@pytest.fixture(scope="module")
def console_browser() -> Iterator[Browser]:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM} (make browser installs Debian's)")
    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def new_page(console_browser: Browser) -> Iterator[Callable[[], Page]]:
    """Opens pages in fresh browser profiles (one per signed-in member of staff)."""
    contexts = []

    def open_page() -> Page:
        context = console_browser.new_context(viewport=WIDE, locale="en-GB")
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


# People who text, through the Twilio stand-in (the texting channels' own fixtures, reused).
from tests.channels.texting.fixtures import stack_hub, stack_phone  # noqa: E402,F401


@pytest.fixture
def console_url(stack: Stack, database: sa.engine.Engine) -> Iterator[str]:
    """The real stack's console. Every console session is ended afterwards: a handler left signed in
    would count as on duty for the rest of the run, and change what other tests' people are told."""
    yield f"http://127.0.0.1:{stack.settings.console_port}"
    from bot.storage.schema import staff_sessions

    with database.begin() as connection:
        connection.execute(staff_sessions.update().where(staff_sessions.c.ended_at.is_(None)).values(ended_at=utcnow()))
