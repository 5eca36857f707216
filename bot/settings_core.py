"""The part of SpeakUp's configuration every process shares: the typed reader of environment variables,
ConfigError, and the core settings (storage, time zone, staffed hours) that the action server reads as
well as the hub. Importing it has no side effect and pulls in nothing of the hub or the channels, so
the action server uses it alone (actions/settings.py); the hub's whole tree is bot/config.py."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from bot.staffed_hours import StaffedHours

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_VAR_DIR = PROJECT_ROOT / "var"
DEFAULT_TIMEZONE = "Europe/London"
DEFAULT_STAFFED_HOURS = "mon-fri 08:00-20:00; sat-sun 10:00-16:00"


class ConfigError(ValueError):
    """A setting is missing or malformed; the message says which and how to fix it."""


def number_text(value: float) -> str:
    """A number as a variable holds it, read back to the same value ("24", "0.5")."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


class EnvReader:
    """Typed reads of environment variables. An empty variable counts as unset, so a `NAME=` line in a
    .env file keeps the default; a malformed one is a ConfigError naming the variable and what it accepts."""

    def __init__(self, env: Mapping[str, str]) -> None:
        self._env = env

    def text(self, name: str, default: str = "") -> str:
        return (self._env.get(name) or "").strip() or default

    def path(self, name: str, default: Path) -> Path:
        raw = self.text(name)
        return Path(raw) if raw else default

    def whole_number(
        self, name: str, default: int, kind: str = "a whole number", minimum: int = 1, maximum: Optional[int] = None
    ) -> int:
        raw = self.text(name)
        if not raw:
            return default
        try:
            value = int(raw)
        except ValueError as error:
            raise ConfigError(f"{name} must be {kind}, not {raw!r}") from error
        if value < minimum or (maximum is not None and value > maximum):
            limits = f"from {minimum} to {maximum}" if maximum is not None else f"(at least {minimum})"
            raise ConfigError(f"{name} must be {kind} {limits}, not {value}")
        return value

    def port(self, name: str, default: int) -> int:
        return self.whole_number(name, default, kind="a port number", minimum=1, maximum=65535)

    def positive_number(self, name: str, default: float) -> float:
        raw = self.text(name)
        if not raw:
            return default
        try:
            value = float(raw)
        except ValueError as error:
            raise ConfigError(f"{name} must be a number, not {raw!r}") from error
        if not value > 0 or value == float("inf"):
            raise ConfigError(f"{name} must be a number more than 0, not {raw!r}")
        return value

    def web_address(self, name: str, default: str) -> str:
        """An http(s) address without credentials, query or fragment, returned without a trailing slash:
        the hub builds links and checks Twilio's signatures from it, so a typo must not start."""
        raw = self.text(name) or default
        parts = urlsplit(raw)
        try:
            parts.port  # noqa: B018 - raises ValueError for a port that is not a number
            well_formed = parts.scheme in ("http", "https") and bool(parts.hostname)
        except ValueError:
            well_formed = False
        if not well_formed or parts.username or parts.password or parts.query or parts.fragment or " " in raw:
            raise ConfigError(f"{name} must be an http:// or https:// address such as https://speakup.example.org, not {raw!r}")
        return raw.rstrip("/")


def default_database_url(var_dir: Path) -> str:
    return f"sqlite:///{var_dir / 'speakup.db'}"


def _database_url(read: EnvReader, var_dir: Path) -> str:
    raw = read.text("DATABASE_URL")
    if not raw:
        return default_database_url(var_dir)
    try:
        make_url(raw)
    except (ArgumentError, ValueError):
        # Neither the value nor the parser's message (which quotes it), even in a traceback: a database
        # address often holds a password.
        raise ConfigError(
            "DATABASE_URL must be a database address such as postgresql://user:password@host:5432/speakup "
            "or sqlite:////path/to/speakup.db; the one given cannot be read"
        ) from None
    return raw


def _timezone(read: EnvReader) -> str:
    name = read.text("TIMEZONE", DEFAULT_TIMEZONE)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ConfigError(f"TIMEZONE must be a time zone name such as Europe/London, not {name!r}") from error
    return name


def staffed_hours_setting(read: EnvReader, timezone: str) -> str:
    text = read.text("STAFFED_HOURS", DEFAULT_STAFFED_HOURS)
    try:
        StaffedHours.parse(text, timezone)
    except ValueError as error:
        raise ConfigError(f"{error} (or 'always', or 'never')") from error
    return text


@dataclass(frozen=True)
class CoreSettings:
    """What both the hub and the action server read: where things are stored and the local time zone."""

    var_dir: Path = DEFAULT_VAR_DIR
    database_url: str = default_database_url(DEFAULT_VAR_DIR)
    timezone: str = DEFAULT_TIMEZONE

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> "CoreSettings":
        read = EnvReader(env)
        var_dir = read.path("SPEAKUP_VAR_DIR", DEFAULT_VAR_DIR)
        return cls(var_dir=var_dir, database_url=_database_url(read, var_dir), timezone=_timezone(read))

    def environment(self) -> dict[str, str]:
        """These settings as the variables that give them (what the action server is handed)."""
        return {
            "SPEAKUP_VAR_DIR": str(self.var_dir),
            "DATABASE_URL": self.database_url,
            "TIMEZONE": self.timezone,
        }

