"""Settings that would hurt a person if wrong are refused at start-up, with a message that says why."""
from __future__ import annotations

import pytest

from bot.config import ConfigError, Settings

SECRET = {"SECRET_KEY": "x" * 40}


def test_quick_exit_goes_to_the_local_weather_page_unless_told_otherwise() -> None:
    assert Settings.from_env(SECRET).quick_exit_url == "/weather"
    assert Settings.from_env({**SECRET, "QUICK_EXIT_URL": "https://www.bbc.co.uk/weather"}).quick_exit_url == (
        "https://www.bbc.co.uk/weather")


@pytest.mark.parametrize("wrong", [
    "http://www.bbc.co.uk/weather",  # not https: visible on the network, and mixed-content warnings
    "www.bbc.co.uk/weather",  # relative: would stay on the police site
    "//www.bbc.co.uk/weather",
    "javascript:alert(1)",
    "https://user:pw@www.bbc.co.uk/",
    'https://www.bbc.co.uk/"onmouseover=',
])
def test_a_quick_exit_address_that_could_fail_or_trap_someone_is_refused(wrong: str) -> None:
    with pytest.raises(ConfigError, match="QUICK_EXIT_URL"):
        Settings.from_env({**SECRET, "QUICK_EXIT_URL": wrong})
