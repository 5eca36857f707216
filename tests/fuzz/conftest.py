"""A hub without Rasa (the chat answers "unavailable", a documented 200) and the providers' stand-ins,
with Twilio and Telegram configured: what the fuzzers and the tests of what they found run against."""
from __future__ import annotations

from typing import Iterator

import pytest

from tests.bot.console.conftest import ConsoleOnly, start_console_only
from tests.support.standins import StandIns, start_standins


@pytest.fixture(scope="session")
def standins() -> Iterator[StandIns]:
    running = start_standins()
    yield running
    running.stop()


@pytest.fixture(scope="session")
def hub(tmp_path_factory: pytest.TempPathFactory, standins: StandIns) -> Iterator[ConsoleOnly]:
    running, thread, stop_box = start_console_only(tmp_path_factory.mktemp("fuzzed"), **standins.environment())
    yield running
    running.loop.call_soon_threadsafe(stop_box["stop"].set)
    thread.join(30)
