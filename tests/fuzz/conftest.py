"""A hub without Rasa (the chat answers "unavailable", a documented 200) and the providers' stand-ins,
with Twilio and Telegram configured: what the fuzzers and the tests of what they found run against."""
from __future__ import annotations

from typing import Iterator

import pytest

from tests.bot.console.conftest import ConsoleOnly, running_console_only
from tests.support.standins import StandIns, start_standins


@pytest.fixture(scope="session")
def fuzzed_standins() -> Iterator[StandIns]:
    """The fuzzed hub's own stand-ins for Twilio's and Telegram's APIs, not the session's: the fuzzers assert
    that nothing was sent to them, which the stack tests' sends would make untrue."""
    running = start_standins()
    yield running
    running.stop()


@pytest.fixture(scope="session")
def hub(tmp_path_factory: pytest.TempPathFactory, fuzzed_standins: StandIns) -> Iterator[ConsoleOnly]:
    with running_console_only(tmp_path_factory.mktemp("fuzzed"), **fuzzed_standins.environment()) as running:
        yield running
