"""SpeakUp's settings: one typed tree, read once from the environment (documented in .env.example) by
Settings.from_env and checked there, so that a bad value stops start-up with a message naming it.

The hub receives the whole tree (app[SETTINGS]) and hands each part to its owner: `console` to the staff
console, `texting`, `twilio` and `telegram` to the channels; nothing else reads the environment. The action
server reads only the core (bot/settings_core.py, through actions/settings.py), with the same defaults.
bot/launcher.py gives each process its own variables, rendered from this tree (`environment()`)."""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Optional
from urllib.parse import urlsplit

from bot.channel_settings import TelegramSettings, TextingSettings, TwilioSettings
from bot.console_settings import ConsoleSettings
from bot.domain_files import DOMAIN_DIR
from bot.settings_core import (
    DEFAULT_STAFFED_HOURS,
    DEFAULT_TIMEZONE,
    DEFAULT_VAR_DIR,
    PROJECT_ROOT,
    ConfigError,
    CoreSettings,
    EnvReader,
    default_database_url,
    staffed_hours_setting,
)
from bot.staffed_hours import StaffedHours

__all__ = [
    "PROJECT_ROOT", "DEFAULT_VAR_DIR", "DEFAULT_QUICK_EXIT_URL", "HUB_DRAIN_SECONDS", "ConfigError", "RasaServer",
    "Settings", "default_rasa_servers", "load_or_create_secret_key", "rasa_server_name",
]


# Where the web chat's quick exit goes by default: a plain weather page on our own host, which works offline
# and in the tests. In production set QUICK_EXIT_URL to an external neutral site (docs/webchat.md).
DEFAULT_QUICK_EXIT_URL = "/weather"

# How long the hub, told to stop, lets the requests it is answering finish: longer than a turn may wait for
# Rasa (bot/rasa_client.py, 30 s), so nobody's message is cut off. The launcher and systemd wait a little
# longer than this before killing it.
HUB_DRAIN_SECONDS = 35.0


def default_rasa_servers() -> int:
    """One Rasa server per core: a Rasa server is one process, so one core is all it can use."""
    return max(1, os.cpu_count() or 1)


def rasa_server_name(index: int) -> str:
    """The first server keeps the single server's name ("rasa": its process, its systemd unit, its /healthz
    check); the others are numbered from 2."""
    return "rasa" if index == 0 else f"rasa-{index + 1}"


@dataclass(frozen=True)
class RasaServer:
    """One of the Rasa servers the hub shares conversations among (RASA_SERVERS, bot/rasa_client.py)."""

    name: str
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def _quick_exit_url(read: EnvReader) -> str:
    """A path on our own host or an https address elsewhere; anything else is refused at start-up, since a
    wrong value would send a frightened person to an error page or keep our domain in the address bar."""
    raw = read.text("QUICK_EXIT_URL", DEFAULT_QUICK_EXIT_URL)
    parts = urlsplit(raw)
    local_path = not parts.scheme and not parts.netloc and raw.startswith("/") and not raw.startswith("//")
    external = parts.scheme == "https" and bool(parts.netloc) and not parts.username and not parts.password
    if not (local_path or external) or any(c in raw for c in "\"'<> \t\r\n"):
        raise ConfigError(f"QUICK_EXIT_URL must be an https:// address or a path starting with /, not {raw!r}")
    return raw


def load_or_create_secret_key(var_dir: Path) -> str:
    """A development secret kept in var/ so that pseudonyms and encryption survive restarts."""
    path = var_dir / "secret_key"
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    var_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    # Created readable by the owner only: it protects pseudonyms and contact details.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(key + "\n")
    return key


@dataclass(frozen=True)
class Settings:
    secret_key: str
    var_dir: Path = DEFAULT_VAR_DIR
    database_url: str = default_database_url(DEFAULT_VAR_DIR)
    hub_host: str = "127.0.0.1"
    hub_port: int = 8000
    console_port: int = 8001
    console_host: str = "127.0.0.1"
    rasa_port: int = 5005
    # How many Rasa servers, on RASA_PORT, RASA_PORT + 1, ...; each conversation always goes to the same one.
    rasa_servers: int = 1
    action_port: int = 5055
    public_base_url: str = "http://localhost:8000"
    timezone: str = DEFAULT_TIMEZONE
    # When call handlers are on duty, e.g. "mon-fri 08:00-20:00; sat-sun 10:00-16:00".
    staffed_hours: str = DEFAULT_STAFFED_HOURS
    session_idle_minutes: int = 30
    max_message_chars: int = 4000
    quick_exit_url: str = DEFAULT_QUICK_EXIT_URL
    model_path: Path = PROJECT_ROOT / "models"
    # Where several hubs share wake-ups, locks and login attempts (bot/shared_state.py); empty: one hub,
    # all of it in this process.
    redis_url: str = ""
    # The directory of the domain's files (bot/domain_files.py), or one domain file.
    domain_path: Path = DOMAIN_DIR
    # The parts owned by others: each receives its own and nothing else.
    console: ConsoleSettings = field(default_factory=ConsoleSettings)
    texting: TextingSettings = field(default_factory=TextingSettings)
    twilio: TwilioSettings = field(default_factory=TwilioSettings)
    telegram: TelegramSettings = field(default_factory=TelegramSettings)

    @property
    def core(self) -> CoreSettings:
        """What the action server shares with the hub."""
        return CoreSettings(self.var_dir, self.database_url, self.timezone)

    def staffed(self) -> StaffedHours:
        """When call handlers are on duty (the availability policy, bot/availability.py, reads it)."""
        return StaffedHours.parse(self.staffed_hours, self.timezone)

    @property
    def hub_instance(self) -> str:
        """This hub among several (host and port): its name in the outbox's claims, stable across restarts."""
        return f"{socket.gethostname()}:{self.hub_port}"

    @property
    def rasa_url(self) -> str:
        """The first Rasa server's address (the only one with RASA_SERVERS=1)."""
        return self.rasa_server_list[0].url

    @property
    def rasa_server_list(self) -> list[RasaServer]:
        return [RasaServer(rasa_server_name(index), self.rasa_port + index) for index in range(self.rasa_servers)]

    @property
    def action_server_url(self) -> str:
        return f"http://127.0.0.1:{self.action_port}/webhook"

    @property
    def tracker_database_url(self) -> str:
        """Rasa's tracker store: a SQLite file beside ours, or the same server database."""
        if self.database_url.startswith("sqlite"):
            return f"sqlite:///{self.var_dir / 'tracker.db'}"
        return self.database_url

    def derive_secret(self, purpose: str) -> str:
        """One secret per purpose, so that no token doubles as another."""
        digest = hmac.new(self.secret_key.encode(), purpose.encode(), hashlib.sha256)
        return digest.hexdigest()

    @property
    def rasa_api_token(self) -> str:
        return self.derive_secret("rasa-http-api-token")

    @property
    def rasa_channel_token(self) -> str:
        return self.derive_secret("hub-to-rasa-channel-token")

    @classmethod
    def from_env(cls, env: Optional[Mapping[str, str]] = None) -> "Settings":
        env = os.environ if env is None else env
        read, core = EnvReader(env), CoreSettings.from_env(env)
        hub_port = read.port("HUB_PORT", 8000)
        rasa_servers = read.whole_number("RASA_SERVERS", default_rasa_servers(), kind="a whole number of servers")
        public_base_url = read.web_address("PUBLIC_BASE_URL", f"http://localhost:{hub_port}")
        return cls(
            var_dir=core.var_dir,
            database_url=core.database_url,
            hub_host=read.text("HUB_HOST", "127.0.0.1"),
            hub_port=hub_port,
            console_port=read.port("CONSOLE_PORT", 8001),
            console_host=read.text("CONSOLE_HOST", "127.0.0.1"),
            rasa_port=_rasa_port(read, rasa_servers),
            rasa_servers=rasa_servers,
            action_port=read.port("ACTION_SERVER_PORT", 5055),
            public_base_url=public_base_url,
            timezone=core.timezone,
            staffed_hours=staffed_hours_setting(read, core.timezone),
            session_idle_minutes=read.whole_number("SESSION_IDLE_MINUTES", 30, kind="a whole number of minutes"),
            max_message_chars=read.whole_number("MAX_MESSAGE_CHARS", 4000, kind="a whole number of characters"),
            quick_exit_url=_quick_exit_url(read),
            model_path=read.path("SPEAKUP_MODEL_PATH", PROJECT_ROOT / "models"),
            redis_url=_redis_url(read),
            domain_path=read.path("SPEAKUP_DOMAIN_PATH", DOMAIN_DIR),
            console=ConsoleSettings.from_env(read, public_base_url),
            texting=TextingSettings.from_env(read),
            twilio=TwilioSettings.from_env(read),
            telegram=TelegramSettings.from_env(read),
            # Last: a first run writes var/secret_key, which a bad value elsewhere should not leave behind.
            secret_key=_secret_key(read, core.var_dir),
        )

    def environment(self) -> dict[str, str]:
        """The whole tree as the variables that give it, so that Settings.from_env(s.environment()) == s:
        what the launcher hands the hub (and only the hub). Unset values are left out."""
        variables = {
            **self.core.environment(),
            "STAFFED_HOURS": self.staffed_hours,
            "SECRET_KEY": self.secret_key,
            "HUB_HOST": self.hub_host,
            "HUB_PORT": str(self.hub_port),
            "CONSOLE_HOST": self.console_host,
            "CONSOLE_PORT": str(self.console_port),
            "RASA_PORT": str(self.rasa_port),
            "RASA_SERVERS": str(self.rasa_servers),
            "ACTION_SERVER_PORT": str(self.action_port),
            "PUBLIC_BASE_URL": self.public_base_url,
            "SESSION_IDLE_MINUTES": str(self.session_idle_minutes),
            "MAX_MESSAGE_CHARS": str(self.max_message_chars),
            "QUICK_EXIT_URL": self.quick_exit_url,
            "SPEAKUP_MODEL_PATH": str(self.model_path),
            "REDIS_URL": self.redis_url,
            "SPEAKUP_DOMAIN_PATH": str(self.domain_path),
            **self.console.environment(),
            **self.texting.environment(),
            **self.twilio.environment(),
            **self.telegram.environment(),
        }
        return {name: value for name, value in variables.items() if value}


def _redis_url(read: EnvReader) -> str:
    raw = read.text("REDIS_URL")
    if raw and urlsplit(raw).scheme not in ("redis", "rediss", "unix"):
        # Not the value: it may hold a password.
        raise ConfigError("REDIS_URL must be a Redis address such as redis://127.0.0.1:6379/0 (or rediss://, unix://)")
    return raw


def _rasa_port(read: EnvReader, servers: int) -> int:
    """The first server's port; the others follow it, so the last must be a port too."""
    port = read.port("RASA_PORT", 5005)
    if port + servers - 1 > 65535:
        raise ConfigError(f"RASA_PORT {port} leaves no room for {servers} Rasa servers (RASA_SERVERS) below 65536")
    return port


def _secret_key(read: EnvReader, var_dir: Path) -> str:
    secret_key = read.text("SECRET_KEY") or load_or_create_secret_key(var_dir)
    if len(secret_key) < 32:
        raise ConfigError("SECRET_KEY must be at least 32 characters of randomness")
    return secret_key
