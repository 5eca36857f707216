"""Settings that would hurt a person if wrong are refused at start-up, with a message that says why."""
from __future__ import annotations

import datetime as dt
import os
import re

import pytest

from actions import settings as action_settings
from bot.channel_settings import TwilioSettings
from bot.config import PROJECT_ROOT, ConfigError, Settings

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


# Every check names its variable, so that whoever starts SpeakUp knows what to fix.
@pytest.mark.parametrize("variable, wrong", [
    ("HUB_PORT", "eighty"),
    ("HUB_PORT", "70000"),
    ("CONSOLE_PORT", "0"),
    ("RASA_PORT", "5005x"),
    ("RASA_SERVERS", "0"),
    ("RASA_SERVERS", "two"),
    ("ACTION_SERVER_PORT", "-1"),
    ("STAFFED_HOURS", "weekdays 9-5"),
    ("STAFFED_HOURS", "mon-fri 08:00-25:00"),
    ("TIMEZONE", "Mars/Olympus_Mons"),
    ("PUBLIC_BASE_URL", "localhost:8000"),
    ("PUBLIC_BASE_URL", "https://speakup.example.org/?x=1"),
    ("CONSOLE_BASE_URL", "ftp://console.example.org"),
    ("DATABASE_URL", "postgres//speakup"),
    ("SESSION_IDLE_MINUTES", "0"),
    ("MAX_MESSAGE_CHARS", "lots"),
    ("CONSOLE_SESSION_IDLE_MINUTES", "half an hour"),
    ("CONSOLE_SESSION_MAX_MINUTES", "-5"),
    ("CONSOLE_ON_DUTY_MINUTES", "2.5"),
    ("HANDOFF_WAIT_NOTICE_MINUTES", "0"),
    ("CONTACT_RETENTION_HOURS", "0"),
    ("CONTACT_CLEANUP_INTERVAL_SECONDS", "often"),
    ("OUTBOX_RETRY_BASE_SECONDS", "soon"),
    ("OUTBOX_RETRY_MAX_SECONDS", "inf"),
    ("OUTBOX_MAX_ATTEMPTS", "0"),
    ("TWILIO_SMS_NUMBER", "07700 900000 ext 2"),
    ("TWILIO_WHATSAPP_NUMBER", "whatsapp:me"),
    ("TWILIO_API_BASE_URL", "api.twilio.com"),
    ("TELEGRAM_API_BASE_URL", "https://"),
    ("TELEGRAM_SECRET_TOKEN", "has spaces and !"),
    ("SECRET_KEY", "too-short"),
    ("REDIS_URL", "127.0.0.1:6379"),
])
def test_a_bad_value_stops_start_up_with_a_message_naming_its_variable(variable: str, wrong: str) -> None:
    with pytest.raises(ConfigError, match=variable):
        Settings.from_env({**SECRET, variable: wrong})


@pytest.mark.parametrize("variable, secret_value", [
    ("DATABASE_URL", "postgresql://speakup:hunter2-secret@db:notaport/speakup"),
    ("TELEGRAM_SECRET_TOKEN", "hunter2 secret"),
    ("REDIS_URL", "http://:hunter2@cache:6379/0"),
])
def test_a_refused_secret_is_not_repeated_in_the_message(variable: str, secret_value: str) -> None:
    with pytest.raises(ConfigError, match=variable) as refused:
        Settings.from_env({**SECRET, variable: secret_value})
    assert "hunter2" not in str(refused.value)
    assert refused.value.__cause__ is None or "hunter2" not in str(refused.value.__cause__)


def test_empty_variables_keep_their_defaults() -> None:
    """A `NAME=` line in a .env file is the same as no line."""
    names = ["HUB_PORT", "HUB_HOST", "TIMEZONE", "STAFFED_HOURS", "PUBLIC_BASE_URL", "CONSOLE_BASE_URL",
             "OUTBOX_MAX_ATTEMPTS", "TWILIO_SMS_NUMBER", "TELEGRAM_API_BASE_URL", "DATABASE_URL"]
    assert Settings.from_env({**SECRET, **{name: " " for name in names}}) == Settings.from_env(SECRET)


def test_the_documented_defaults_hold() -> None:
    """.env.example's defaults, in one tree."""
    settings = Settings.from_env({**SECRET, "SPEAKUP_VAR_DIR": "/srv/speakup"})
    assert (settings.hub_host, settings.hub_port, settings.console_host, settings.console_port) == (
        "127.0.0.1", 8000, "127.0.0.1", 8001)
    assert (settings.rasa_port, settings.action_port) == (5005, 5055)
    assert settings.rasa_servers == max(1, os.cpu_count() or 1)  # one Rasa server per core
    assert settings.public_base_url == "http://localhost:8000"
    assert settings.database_url == "sqlite:////srv/speakup/speakup.db"
    assert (settings.timezone, settings.staffed_hours) == ("Europe/London", "mon-fri 08:00-20:00; sat-sun 10:00-16:00")
    assert (settings.session_idle_minutes, settings.max_message_chars) == (30, 4000)
    console = settings.console
    assert [console.session_idle, console.session_lifetime, console.on_duty_within, console.wait_notice_after] == [
        dt.timedelta(minutes=30), dt.timedelta(minutes=720), dt.timedelta(minutes=5), dt.timedelta(minutes=5)]
    assert console.base_url == settings.public_base_url and not console.secure_cookies
    texting = settings.texting
    assert texting.contact_retention == dt.timedelta(hours=24) and texting.cleanup_interval_seconds == 300
    assert (texting.retry_base_seconds, texting.retry_max_seconds, texting.max_attempts) == (2, 600, 10)
    assert settings.twilio == TwilioSettings()  # SMS and WhatsApp off
    assert settings.telegram.bot_token == "" and settings.telegram.api_base_url == "https://api.telegram.org"


def test_the_public_address_is_the_hubs_own_port_unless_given() -> None:
    assert Settings.from_env({**SECRET, "HUB_PORT": "9000"}).public_base_url == "http://localhost:9000"
    given = Settings.from_env({**SECRET, "PUBLIC_BASE_URL": "https://speakup.example.org/"})
    assert given.public_base_url == "https://speakup.example.org"
    assert given.console.secure_cookies  # the console's address is the public one by default


def test_our_twilio_numbers_are_kept_in_e164() -> None:
    twilio = Settings.from_env(
        {**SECRET, "TWILIO_SMS_NUMBER": "447700 900000", "TWILIO_WHATSAPP_NUMBER": "WhatsApp:+447700900001"}
    ).twilio
    assert (twilio.sms_number, twilio.whatsapp_number) == ("+447700900000", "+447700900001")


def test_the_tree_read_back_from_its_own_variables_is_the_same() -> None:
    """What the launcher hands the hub (Settings.environment) gives the hub the settings the launcher has."""
    settings = Settings.from_env({
        **SECRET,
        "SPEAKUP_VAR_DIR": "/srv/speakup",
        "HUB_PORT": "9000",
        "STAFFED_HOURS": "always",
        "QUICK_EXIT_URL": "https://www.bbc.co.uk/weather",
        "CONSOLE_BASE_URL": "https://console.example.org/",
        "CONSOLE_SESSION_MAX_MINUTES": "480",
        "CONTACT_RETENTION_HOURS": "1.5",
        "OUTBOX_RETRY_BASE_SECONDS": "0.5",
        "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
        "TWILIO_AUTH_TOKEN": "twilio-token",
        "TWILIO_WHATSAPP_NUMBER": "whatsapp:+447700900001",
        "TWILIO_API_BASE_URL": "http://127.0.0.1:9999/",
        "TELEGRAM_BOT_TOKEN": "123:abc",
        "TELEGRAM_SECRET_TOKEN": "telegram_secret-1",
    })
    assert Settings.from_env(settings.environment()) == settings


def test_the_action_server_reads_the_hubs_defaults_and_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SPEAKUP_VAR_DIR", "DATABASE_URL", "TIMEZONE", "STAFFED_HOURS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SPEAKUP_VAR_DIR", "/srv/speakup")
    assert action_settings.current() == Settings.from_env({**SECRET, "SPEAKUP_VAR_DIR": "/srv/speakup"}).core
    monkeypatch.setenv("TIMEZONE", "Leicester/Belgrave")
    with pytest.raises(ConfigError, match="TIMEZONE"):
        action_settings.current()


def test_only_the_settings_read_the_environment() -> None:
    """One tree, read once: the hub's components, the channels and the actions receive their settings."""
    readers = {"bot/config.py", "bot/launcher.py", "actions/settings.py"}
    root = PROJECT_ROOT
    found = {
        str(path.relative_to(root))
        for package in ("bot", "channels", "actions")
        for path in (root / package).rglob("*.py")
        if re.search(r"os\.environ|getenv|environ\.get", path.read_text(encoding="utf-8"))
    }
    assert found <= readers, f"read the environment outside the settings: {sorted(found - readers)}"


def test_several_rasa_servers_take_the_ports_after_rasa_port_and_the_first_keeps_the_single_ones_name() -> None:
    one = Settings.from_env({**SECRET, "RASA_SERVERS": "1"})
    assert [(server.name, server.url) for server in one.rasa_server_list] == [("rasa", "http://127.0.0.1:5005")]
    assert one.rasa_url == "http://127.0.0.1:5005"
    three = Settings.from_env({**SECRET, "RASA_SERVERS": "3", "RASA_PORT": "6000"})
    assert [(server.name, server.port) for server in three.rasa_server_list] == [
        ("rasa", 6000), ("rasa-2", 6001), ("rasa-3", 6002)]
    with pytest.raises(ConfigError, match="RASA_PORT 65535 leaves no room for 2 Rasa servers"):
        Settings.from_env({**SECRET, "RASA_SERVERS": "2", "RASA_PORT": "65535"})
