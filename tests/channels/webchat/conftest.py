"""Fixtures for the web chat's browser tests: Debian's Chromium driven by Playwright, against the real
stack (the session fixtures `hub_url` and `database` from tests/conftest.py).

While working on the widget alone, SPEAKUP_WEBCHAT_HUB_URL (and SPEAKUP_WEBCHAT_DATABASE_URL, for the
pushed-message tests) point these tests at a hub that is already running instead of starting the stack.
"""
from __future__ import annotations

import os
from typing import Iterator

import pytest
import sqlalchemy as sa
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from tests.channels.webchat.support import CHROMIUM, CHROMIUM_ARGS, WIDE


@pytest.fixture(scope="session")
def webchat_url(request: pytest.FixtureRequest) -> str:
    override = os.environ.get("SPEAKUP_WEBCHAT_HUB_URL")
    if override:
        return override.rstrip("/")
    return str(request.getfixturevalue("hub_url"))


@pytest.fixture(scope="session")
def webchat_db(request: pytest.FixtureRequest) -> Iterator[sa.engine.Engine]:
    override = os.environ.get("SPEAKUP_WEBCHAT_DATABASE_URL")
    if not override:
        yield request.getfixturevalue("database")
        return
    engine = sa.create_engine(override, future=True)
    yield engine
    engine.dispose()


# Per module, not per session: Playwright's sync API runs its own event loop, which must be gone before
# any later asyncio test runs.
@pytest.fixture(scope="module")
def playwright_driver() -> Iterator[Playwright]:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM} (make browser installs Debian's)")
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def browser(playwright_driver: Playwright) -> Iterator[Browser]:
    launched = playwright_driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield launched
    launched.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A fresh browser profile per test: no storage shared between tests."""
    fresh = browser.new_context(viewport=WIDE, locale="en-GB")
    yield fresh
    fresh.close()


@pytest.fixture
def page(context: BrowserContext) -> Iterator[Page]:
    opened = context.new_page()
    problems: list[str] = []
    # A CSP violation or a script error is a bug in the widget, whatever the test is about.
    opened.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    opened.on(
        "console",
        lambda message: problems.append(f"console {message.type}: {message.text}")
        if message.type == "error" and "Content Security Policy" in message.text
        else None,
    )
    yield opened
    assert not problems, "\n".join(problems)
