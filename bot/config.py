"""Settings for every SpeakUp process, read from the environment (documented in .env.example)."""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Optional
from urllib.parse import urlsplit

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_VAR_DIR = PROJECT_ROOT / "var"


class ConfigError(ValueError):
    """A setting is missing or malformed; the message says which and how to fix it."""


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError as error:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from error


# Where the web chat's quick exit goes by default: a plain weather page on our own host, which works offline
# and in the tests. In production set QUICK_EXIT_URL to an external neutral site (docs/webchat.md).
DEFAULT_QUICK_EXIT_URL = "/weather"


def _quick_exit_url(env: Mapping[str, str]) -> str:
    """A path on our own host or an https address elsewhere; anything else is refused at start-up, since a
    wrong value would send a frightened person to an error page or keep our domain in the address bar."""
    raw = env.get("QUICK_EXIT_URL", "").strip() or DEFAULT_QUICK_EXIT_URL
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
    database_url: str = ""
    hub_host: str = "127.0.0.1"
    hub_port: int = 8000
    console_port: int = 8001
    console_host: str = "127.0.0.1"
    rasa_port: int = 5005
    action_port: int = 5055
    public_base_url: str = "http://localhost:8000"
    timezone: str = "Europe/London"
    # When call handlers are on duty, e.g. "mon-fri 08:00-20:00; sat-sun 10:00-16:00".
    staffed_hours: str = "mon-fri 08:00-20:00; sat-sun 10:00-16:00"
    session_idle_minutes: int = 30
    max_message_chars: int = 4000
    quick_exit_url: str = DEFAULT_QUICK_EXIT_URL
    model_path: Path = PROJECT_ROOT / "models"
    domain_path: Path = PROJECT_ROOT / "domain.yml"
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

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
        env = dict(os.environ if env is None else env)
        var_dir = Path(env.get("SPEAKUP_VAR_DIR") or DEFAULT_VAR_DIR)
        secret_key = env.get("SECRET_KEY", "").strip() or load_or_create_secret_key(var_dir)
        if len(secret_key) < 32:
            raise ConfigError("SECRET_KEY must be at least 32 characters of randomness")
        hub_port = _int(env, "HUB_PORT", 8000)
        database_url = env.get("DATABASE_URL", "").strip() or f"sqlite:///{var_dir / 'speakup.db'}"
        return cls(
            secret_key=secret_key,
            var_dir=var_dir,
            database_url=database_url,
            hub_host=env.get("HUB_HOST", "127.0.0.1"),
            hub_port=hub_port,
            console_port=_int(env, "CONSOLE_PORT", 8001),
            console_host=env.get("CONSOLE_HOST", "127.0.0.1"),
            rasa_port=_int(env, "RASA_PORT", 5005),
            action_port=_int(env, "ACTION_SERVER_PORT", 5055),
            public_base_url=(env.get("PUBLIC_BASE_URL") or f"http://localhost:{hub_port}").rstrip("/"),
            timezone=env.get("TIMEZONE", "Europe/London"),
            staffed_hours=env.get("STAFFED_HOURS", cls.staffed_hours),
            session_idle_minutes=_int(env, "SESSION_IDLE_MINUTES", 30),
            max_message_chars=_int(env, "MAX_MESSAGE_CHARS", 4000),
            quick_exit_url=_quick_exit_url(env),
            model_path=Path(env.get("SPEAKUP_MODEL_PATH") or PROJECT_ROOT / "models"),
            domain_path=Path(env.get("SPEAKUP_DOMAIN_PATH") or PROJECT_ROOT / "domain.yml"),
            extra=env,
        )

    def process_environment(self) -> dict[str, str]:
        """What the Rasa server and the action server need; never a person's identity."""
        return {
            "SECRET_KEY": self.secret_key,
            "SPEAKUP_VAR_DIR": str(self.var_dir),
            "DATABASE_URL": self.database_url,
            "TIMEZONE": self.timezone,
            "STAFFED_HOURS": self.staffed_hours,
            "SPEAKUP_ACTION_SERVER_URL": self.action_server_url,
            "SPEAKUP_TRACKER_DATABASE_URL": self.tracker_database_url,
            "SPEAKUP_HUB_CHANNEL_TOKEN": self.rasa_channel_token,
        }
