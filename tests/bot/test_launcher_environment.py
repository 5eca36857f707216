"""Each process the launcher starts receives exactly the variables it needs: no texting or console secret
reaches the Rasa server or the action server, whatever the launcher's own environment holds, and a bad
setting stops start-up with a message naming it. In-process: nothing is started."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from bot import hub, launcher
from bot.config import Settings
from bot.launcher import ACTIONS, HUB, RASA, Stack

SECRET_KEY = "k" * 48
TWILIO_TOKEN, TELEGRAM_TOKEN, TELEGRAM_SECRET = "twilio-auth-token-xyz", "123456:telegram-bot-token", "telegram_secret"
# Everything a texting or console deployment sets, with values that must not leak.
CONFIGURED = {
    "SECRET_KEY": SECRET_KEY,
    "TWILIO_ACCOUNT_SID": "AC" + "1" * 32,
    "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
    "TWILIO_SMS_NUMBER": "+447700900000",
    "TWILIO_WHATSAPP_NUMBER": "whatsapp:+447700900001",
    "TWILIO_API_BASE_URL": "https://twilio.example.org",
    "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN,
    "TELEGRAM_SECRET_TOKEN": TELEGRAM_SECRET,
    "TELEGRAM_API_BASE_URL": "https://telegram.example.org",
    "CONSOLE_BASE_URL": "https://console.example.org",
    "CONSOLE_SESSION_IDLE_MINUTES": "20",
    "OUTBOX_MAX_ATTEMPTS": "4",
    "STAFFED_HOURS": "always",
}
# What any program is given (present here because the parent has them), and the quiet variables.
BASICS = {"PATH", "HOME", "LANG", "TZ", "TMPDIR"}
QUIET = {"RASA_TELEMETRY_ENABLED", "TF_CPP_MIN_LOG_LEVEL", "PYTHONUNBUFFERED", "PYTHONPATH"}
OWN = {
    RASA: {"SPEAKUP_ACTION_SERVER_URL", "SPEAKUP_TRACKER_DATABASE_URL", "SPEAKUP_HUB_CHANNEL_TOKEN", "SPEAKUP_REDIS_URL",
           "SPEAKUP_RASA_SERVER"},
    ACTIONS: {"SPEAKUP_VAR_DIR", "DATABASE_URL", "TIMEZONE", "SANIC_HOST"},
}


@pytest.fixture
def stack(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Stack:
    """A stack configured for every channel, launched from an environment holding all of it and more."""
    parent = {
        **CONFIGURED,
        "SPEAKUP_VAR_DIR": str(tmp_path),
        "PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "en_GB.UTF-8", "TZ": "Europe/London", "TMPDIR": "/tmp",
        # Whatever else a shell or a service manager may hold.
        "AWS_SECRET_ACCESS_KEY": "aws-secret", "GITHUB_TOKEN": "gh-token", "PYTHONSTARTUP": "/tmp/evil.py",
        "SANIC_ACCESS_LOG": "true", "LOG_LEVEL": "DEBUG",
    }
    monkeypatch.setattr(launcher.os, "environ", parent)
    return Stack(Settings.from_env(parent))


@pytest.mark.parametrize("process", [RASA, ACTIONS])
def test_rasa_and_the_action_server_get_only_their_allow_list(stack: Stack, process: str) -> None:
    environment = stack.environment(process)
    assert set(environment) == BASICS | QUIET | OWN[process]
    assert not [name for name in environment if name.startswith(("TWILIO_", "TELEGRAM_", "CONSOLE_"))]
    assert "SECRET_KEY" not in environment
    for secret in (SECRET_KEY, TWILIO_TOKEN, TELEGRAM_TOKEN, TELEGRAM_SECRET, stack.settings.rasa_api_token):
        assert not [name for name, value in environment.items() if secret in value], f"{process} was given a secret"


def test_rasa_and_the_action_server_are_given_what_they_need(stack: Stack) -> None:
    settings = stack.settings
    rasa, actions = stack.environment(RASA), stack.environment(ACTIONS)
    assert rasa["SPEAKUP_ACTION_SERVER_URL"] == settings.action_server_url
    assert rasa["SPEAKUP_TRACKER_DATABASE_URL"] == settings.tracker_database_url
    assert rasa["SPEAKUP_HUB_CHANNEL_TOKEN"] == settings.rasa_channel_token
    assert rasa["SPEAKUP_REDIS_URL"] == ""  # set even when empty: endpoints.yml's lock store reads it
    assert (actions["DATABASE_URL"], actions["TIMEZONE"]) == (settings.database_url, settings.timezone)
    assert actions["SANIC_HOST"] == "127.0.0.1"  # internal only
    assert rasa["SPEAKUP_RASA_SERVER"] == "rasa"


def test_each_rasa_server_is_started_on_its_own_port_with_the_same_model_and_tracker_store(tmp_path: Path) -> None:
    stack = Stack(Settings.from_env({"SECRET_KEY": SECRET_KEY, "SPEAKUP_VAR_DIR": str(tmp_path), "RASA_SERVERS": "3",
                                     "RASA_PORT": "6000"}))
    commands = stack.commands()
    # Started after the action server they call and before the hub, which calls them; stopped the other way.
    assert list(commands) == [ACTIONS, "rasa", "rasa-2", "rasa-3", HUB]
    rasa_servers = ["rasa", "rasa-2", "rasa-3"]
    ports = [commands[name][commands[name].index("--port") + 1] for name in rasa_servers]
    assert ports == ["6000", "6001", "6002"]
    without_ports = {tuple(argument for argument in commands[name] if argument not in ports) for name in rasa_servers}
    assert len(without_ports) == 1  # the same model, credentials and endpoints
    environments = [stack.environment(name) for name in rasa_servers]
    assert [environment.pop("SPEAKUP_RASA_SERVER") for environment in environments] == rasa_servers
    assert environments[0] == environments[1] == environments[2]  # the same tracker store and action server
    assert [spec.stop_timeout for spec in stack.child_specs()][1:4] == [launcher.STOP_TIMEOUTS[RASA]] * 3


def test_the_hub_gets_its_own_settings_and_nothing_else_of_the_parents(stack: Stack) -> None:
    environment = stack.environment(HUB)
    assert Settings.from_env(environment) == stack.settings
    assert {"AWS_SECRET_ACCESS_KEY", "GITHUB_TOKEN", "PYTHONSTARTUP", "SANIC_ACCESS_LOG", "LOG_LEVEL"}.isdisjoint(environment)
    assert not [name for name in environment if name.startswith("SPEAKUP_") and name.endswith(("URL", "TOKEN"))]


# The launcher as `make run` starts it: no arguments (pytest's own are in sys.argv).
@pytest.mark.parametrize("start", [lambda: launcher.main([]), hub.main], ids=["launcher", "hub"])
def test_a_bad_value_stops_start_up_with_a_message_naming_it(
    start: Callable[[], None], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SPEAKUP_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("STAFFED_HOURS", "weekdays 9-5")
    with pytest.raises(SystemExit) as stopped:
        start()
    assert "STAFFED_HOURS" in str(stopped.value.code) and "weekdays 9-5" in str(stopped.value.code)
    assert not (tmp_path / "secret_key").exists()  # nothing was started or written
