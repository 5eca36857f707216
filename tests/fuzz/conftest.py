"""A hub without Rasa (the chat answers "unavailable", a documented 200) and the providers' stand-ins,
with Twilio and Telegram configured: what the fuzzers and the tests of what they found run against."""
from __future__ import annotations

from typing import Iterator

import pytest

from tests.bot.console.conftest import ConsoleOnly, running_console_only
from tests.support.standins import StandIns


# `standins`: the session's stand-ins for Twilio's and Telegram's APIs, from tests/conftest.py.
@pytest.fixture(scope="session")
def hub(tmp_path_factory: pytest.TempPathFactory, standins: StandIns) -> Iterator[ConsoleOnly]:
    with running_console_only(tmp_path_factory.mktemp("fuzzed"), **standins.environment()) as running:
        yield running
